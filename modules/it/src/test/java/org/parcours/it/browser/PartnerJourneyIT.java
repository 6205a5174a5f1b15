package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parcours.it.TestData;

/**
 * A partner follows the demo cohort in a browser: its page and its schedule open, a co-development
 * session shows that it took place, and never what was said in it.
 */
class PartnerJourneyIT extends BrowserIT {

    @Test
    void a_partner_follows_the_cohort_but_cannot_read_what_a_co_development_session_said() throws Exception {
        signIn("paul");
        driver.findElement(By.linkText("Cohortes")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Parcours pilote co-construction territoriale"))).click();
        waitFor().until(ExpectedConditions.titleContains("Parcours pilote"));
        assertThat(driver.findElement(By.id("territories")).getText()).contains("Ville de Lens");

        long session = TestData.codevSessionWithSubject();
        open("codev/session.xhtml?id=" + session);
        String page = driver.findElement(By.tagName("main")).getText();
        String subject = TestData.codevSubject(session);
        assertThat(subject).isNotBlank();
        assertThat(page).isNotBlank().doesNotContain(subject);

        open("api/codev/sessions/" + session + "/content");
        assertThat(driver.getPageSource()).contains("403");
    }
}
