package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A territory member opens the exchange space from the menu, posts in a thread and sees the post. */
class ExchangeJourneyIT extends BrowserIT {

    @Test
    void a_territory_member_posts_in_a_thread_and_sees_the_post() {
        signIn("anne");
        menu("Réseau", "Échanges");
        waitFor().until(ExpectedConditions.titleContains("Espace d'échanges"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Tiers-lieux"))).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reply:body")));

        String text = "Nous testons une coopérative d'usagers, retour d'ici juin " + System.nanoTime();
        driver.findElement(By.id("reply:body")).sendKeys(text);
        driver.findElement(By.id("reply:send")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("postList"), text));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Votre message est publié.", text);
    }
}
