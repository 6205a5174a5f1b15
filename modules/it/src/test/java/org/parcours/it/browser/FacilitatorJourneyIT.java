package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A facilitator's first steps in a real browser: the menu, searching territories, editing one, the language. */
class FacilitatorJourneyIT extends BrowserIT {

    @Test
    void a_facilitator_finds_a_territory_from_the_menu_and_adds_a_member_to_its_team() {
        signIn("claire");
        driver.findElement(By.linkText("Territoires")).click();
        waitFor().until(ExpectedConditions.titleContains("Territoires"));

        // Typing filters the list as you type (Ajax), without pressing the search button.
        driver.findElement(By.id("form:search")).sendKeys("Morlaix");
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Ville de Lens")));
        driver.findElement(By.linkText("Pays de Morlaix")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("edit")));
        driver.findElement(By.id("edit")).click();

        By nameInputs = By.cssSelector("input[id$=':fullName']");
        int rows = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("form:addMember"))) == null ? 0
                : driver.findElements(nameInputs).size();
        driver.findElement(By.id("form:addMember")).click();
        waitFor().until(browser -> browser.findElements(nameInputs).size() == rows + 1);
        List<WebElement> names = driver.findElements(nameInputs);
        WebElement name = names.get(names.size() - 1);
        String row = name.getAttribute("id").replace(":fullName", "");
        name.sendKeys("Maëlle Le Bihan");
        driver.findElement(By.id(row + ":email")).sendKeys("maelle.lebihan@morlaix.example.org");
        // Through Widgets: clicked while the list still slides open, the option could be missed.
        new Widgets(driver).choose(row + ":teamRole", "Association");
        driver.findElement(By.id("form:save")).click();

        waitFor().until(ExpectedConditions.urlContains("/territories/view.xhtml"));
        assertThat(driver.findElement(By.id("members")).getText()).contains("Maëlle Le Bihan", "Association");
    }

    @Test
    void a_refused_form_announces_its_errors_and_the_language_can_be_switched() {
        signIn("claire");
        open("territories/edit.xhtml");
        driver.findElement(By.id("form:name")).sendKeys(Keys.TAB);
        driver.findElement(By.id("form:save")).click();
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[aria-live] .ui-message-error-detail, .ui-message-error-detail")));
        assertThat(error.getText()).isEqualTo("Ce champ est obligatoire.");
        assertThat(driver.findElement(By.id("form:name")).getAttribute("aria-invalid")).isEqualTo("true");

        driver.findElement(By.id("userForm:en")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("New territory");
    }
}
