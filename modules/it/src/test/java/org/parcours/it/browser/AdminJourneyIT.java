package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin gives a person a role on the administration pages, and takes it back. */
class AdminJourneyIT extends BrowserIT {

    @Test
    void an_admin_gives_a_person_a_role_and_takes_it_back() {
        signIn("admin");
        // The Administration menu is there for admins; its pages open from it.
        assertThat(driver.findElement(By.id("menuForm:menu")).getText()).contains("Administration");
        open("admin/people.xhtml");
        waitFor().until(ExpectedConditions.titleContains("Personnes"));

        driver.findElement(By.id("form:search")).sendKeys("paul");
        driver.findElement(By.id("form:searchButton")).click();
        // The list is redrawn by Ajax: wait until it holds only the person searched for, then open them.
        waitFor().until(browser -> browser.findElements(By.cssSelector("#form\\:people_data tr")).size() == 1);
        waitFor().ignoring(StaleElementReferenceException.class).until(browser -> {
            browser.findElement(By.linkText("Paul Lefèvre")).click();
            return true;
        });
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("form:roles")));

        assertThat(roleChecked("Territoire")).isFalse();
        toggleRole("Territoire");
        save();
        driver.navigate().refresh();
        assertThat(roleChecked("Territoire")).as("the role given is kept").isTrue();
        assertThat(roleChecked("Partenaire")).isTrue();

        toggleRole("Territoire");
        save();
        driver.navigate().refresh();
        assertThat(roleChecked("Territoire")).as("the role taken back").isFalse();
    }

    private void toggleRole(String label) {
        driver.findElement(By.xpath("//*[@id='form:roles']//label[normalize-space()='" + label + "']")).click();
    }

    private boolean roleChecked(String label) {
        WebElement labelElement = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='form:roles']//label[normalize-space()='" + label + "']")));
        return driver.findElement(By.id(labelElement.getAttribute("for"))).isSelected();
    }

    private void save() {
        driver.findElement(By.id("form:save")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:messages"), "enregistr"));
    }
}
