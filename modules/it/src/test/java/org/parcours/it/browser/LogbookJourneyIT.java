package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A facilitator writes a month's logbook in Chromium: from the menu to the cohort's logbook, drafts the
 * issue from the month's facts, rewrites a section in the rich-text editor, publishes it, and finds it
 * in the archive, formatted and without what the editor may not keep.
 */
class LogbookJourneyIT extends BrowserIT {

    @Test
    void a_facilitator_drafts_edits_and_publishes_a_logbook_issue() throws Exception {
        signIn("claire");
        menu("Réseau", "Carnet de bord");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("draftForm:generate")));
        assertThat(driver.getCurrentUrl()).contains("logbook/index.xhtml");
        assertThat(driver.findElement(By.id("issues")).getText()).contains("Publié");

        Select month = new Select(driver.findElement(By.id("draftForm:month")));
        String chosen = month.getFirstSelectedOption().getText();
        driver.findElement(By.id("draftForm:generate")).click();
        waitFor().until(ExpectedConditions.urlContains("logbook/edit.xhtml"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Brouillon du numéro de " + chosen);
        assertAccessible("the logbook editor with its draft");

        // Rewrite the practices in the editor: a bold sentence, typed as a person would.
        WebElement editor = driver.findElement(By.cssSelector("[id='form:practices'] .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        driver.findElement(By.cssSelector("[id='form:practices_toolbar'] button.ql-bold")).click();
        editor.sendKeys("Les visites ont convaincu les élus");
        String title = "Carnet du parcours " + System.nanoTime();
        WebElement titleInput = driver.findElement(By.id("form:title"));
        titleInput.clear();
        titleInput.sendKeys(title);
        driver.findElement(By.id("form:publish")).click();

        waitFor().until(ExpectedConditions.urlContains("logbook/issue.xhtml"));
        assertThat(driver.findElement(By.id("issueTitle")).getText()).isEqualTo(title);
        WebElement practices = driver.findElement(By.id("text-PRACTICES"));
        assertThat(practices.findElement(By.tagName("strong")).getText()).isEqualTo("Les visites ont convaincu les élus");
        assertThat(driver.findElement(By.id("status")).getText()).contains("Publié");
        assertThat(driver.findElements(By.id("edit"))).as("a published issue is no longer edited").isEmpty();

        driver.findElement(By.id("archive")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("issues")));
        assertThat(driver.findElement(By.id("issues")).getText()).contains(title);
        driver.findElement(By.linkText(title)).click();
        waitFor().until(ExpectedConditions.urlContains("logbook/issue.xhtml"));
        assertThat(driver.findElement(By.id("issueTitle")).getText()).isEqualTo(title);
    }
}
