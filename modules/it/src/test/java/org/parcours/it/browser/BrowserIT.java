package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.parcours.it.ParcoursIT;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests share: one Chromium per class, sign-in, and the accessibility scan. */
abstract class BrowserIT extends ParcoursIT {

    /** WCAG 2.1 A and AA rules; violations of these impacts fail a test. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    static WebDriver driver;

    @RegisterExtension
    final FailureArtifacts artifacts = new FailureArtifacts(() -> driver);

    @BeforeAll
    static void startChromium() {
        driver = Chromium.start("fr-FR");
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void signedOut() {
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username) {
        open("login.xhtml");
        driver.findElement(By.id("form:username")).sendKeys(username);
        driver.findElement(By.id("form:password")).sendKeys("parcours");
        driver.findElement(By.id("form:submit")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:signOut")));
    }

    /** Opens an entry of the main menu that sits in a group: a click opens the group, another the entry. */
    void menu(String group, String entry) {
        driver.findElement(By.xpath("//*[@id='menuForm:menu']/ul/li/a[normalize-space()='" + group + "']")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='menuForm:menu']/ul/li/ul//a[normalize-space()='" + entry + "']"))).click();
    }

    WebDriverWait waitFor() {
        return new PageWait(driver, Duration.ofSeconds(20));
    }

    /** Scans the page with axe-core and fails on any serious or critical WCAG 2.1 AA violation. */
    void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as(what + " (" + driver.getCurrentUrl() + ") has accessibility violations:\n"
                + blocking.stream().map(BrowserIT::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                        .collect(Collectors.joining(", "));
    }
}
