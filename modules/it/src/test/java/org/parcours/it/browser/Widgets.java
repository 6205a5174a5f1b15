package org.parcours.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a person uses PrimeFaces' widgets, written once for the journeys: open a menu and pick an
 * option, tick options in a checkbox menu, type a date, wait for an Ajax update to be over.
 */
final class Widgets {

    private final WebDriver driver;

    Widgets(WebDriver driver) {
        this.driver = driver;
    }

    WebDriverWait waitFor() {
        return new PageWait(driver, Duration.ofSeconds(20));
    }

    /** CSS selector of a Faces client id ("form:name" becomes "#form\:name"). */
    static String css(String clientId) {
        return "#" + clientId.replace(":", "\\:");
    }

    /** Opens a p:selectOneMenu and clicks the option with this label. */
    void choose(String menuId, String label) {
        driver.findElement(By.id(menuId)).click();
        WebElement panel = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        WebElement option = panel.findElement(By.cssSelector("li[data-label=\"" + label + "\"]"));
        // Clicked while the panel still slides open, an option can be missed: wait for it to stand still.
        waitFor().until(browser -> {
            org.openqa.selenium.Rectangle before = option.getRect();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return before.equals(option.getRect());
        });
        option.click();
        waitFor().until(ExpectedConditions.invisibilityOf(panel));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }

    /** The labels of a p:selectOneMenu's options, the "choose" placeholder left out. */
    List<String> options(String menuId) {
        return driver.findElements(By.cssSelector(css(menuId) + "_input option")).stream()
                .filter(option -> !option.getAttribute("value").isEmpty())
                .map(option -> option.getAttribute("textContent").trim())
                .toList();
    }

    /** Ticks the options with these labels in a p:selectCheckboxMenu, then closes it. */
    void tick(String menuId, String... labels) {
        driver.findElement(By.id(menuId)).click();
        WebElement panel = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        for (String label : labels) {
            panel.findElement(By.xpath(".//li[.//label[normalize-space()='" + label + "']]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
        }
        panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-close")).click();
        waitFor().until(ExpectedConditions.invisibilityOf(panel));
    }

    /**
     * Gives a p:datePicker its text as a paste would, without opening its pop-up: typed key by key
     * and then closed, the picker could redraw the field from its own state (on a loaded machine,
     * before it had read the keys), and its pop-up could cover the next field.
     */
    void typeDate(String pickerId, String text) {
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
        script("var picker = PrimeFaces.getWidgetById(arguments[0]); if (picker && picker.jq.data().primeDatePicker"
                + " && picker.jq.data().primeDatePicker.isPanelVisible()) { picker.hide(); }", pickerId);
        waitFor().until(ExpectedConditions.attributeToBe(input, "value", text));
    }

    /** A time-only p:datePicker: the same (typed, it would also rewrite a partial "18:3" under the caret). */
    void typeTime(String pickerId, String text) {
        typeDate(pickerId, text);
    }

    /** Replaces a field's text, as select-all then typing does (an input number keeps its hidden value in step). */
    void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** Clicks a button that sends an Ajax request and waits until PrimeFaces has applied the answer. */
    void clickAjax(String id) {
        driver.findElement(By.id(id)).click();
        ajaxDone();
    }

    void ajaxDone() {
        waitFor().until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
