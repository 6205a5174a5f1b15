package org.parcours.it.browser;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait that reads a page being redrawn by an Ajax update as "not yet": Chromium reports an element
 * replaced between finding it and reading it either as a stale element or as an inspector error
 * ("Node with given id does not belong to the document") that Selenium does not map to staleness.
 * Any other error still ends the wait at once.
 */
final class PageWait extends WebDriverWait {

    PageWait(WebDriver driver, Duration timeout) {
        super(driver, timeout);
        ignoring(StaleElementReferenceException.class);
    }

    @Override
    public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
        return super.until(browser -> {
            try {
                return isTrue.apply(browser);
            } catch (WebDriverException e) {
                if (redrawn(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static boolean redrawn(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof StaleElementReferenceException
                || message.contains("does not belong to the document")
                || message.contains("No node with given id found");
    }
}
