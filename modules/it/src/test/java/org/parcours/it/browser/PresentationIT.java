package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parcours.it.TestData;

/**
 * How Parcours presents itself: the main page of each role (kept as screenshots for the README), on a
 * tablet, in English with Paris time, and from the keyboard alone.
 */
class PresentationIT extends BrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension TABLET = new Dimension(768, 1024);

    /** What reaches past the right edge of the window (elements, or text within them), to name the culprit. */
    private static final String WIDEST = "var out = [], w = window.innerWidth + 1;"
            + "function name(e) { return e.tagName + (e.id ? '#' + e.id : '') + '.' + String(e.className).split(' ')[0]; }"
            + "var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);"
            + "while (walker.nextNode() && out.length < 4) { var n = walker.currentNode, r;"
            + "  if (n.nodeType === 3) { var range = document.createRange(); range.selectNodeContents(n); r = range.getBoundingClientRect();"
            + "    if (r.right > w) { out.push('text in ' + name(n.parentElement) + ' ' + Math.round(r.right)); } }"
            + "  else { r = n.getBoundingClientRect(); if (r.right > w && n.children.length === 0) { out.push(name(n) + ' ' + Math.round(r.right)); } } }"
            + "return out.join(' | ');";

    private Widgets ui() {
        return new Widgets(driver);
    }

    @Test
    void the_main_page_of_each_role_is_captured() throws Exception {
        long cohort = TestData.demoCohort();
        Map<String, String> mainPages = new LinkedHashMap<>();
        mainPages.put("admin", "admin/people.xhtml");
        mainPages.put("claire", "schedule/cohort.xhtml?id=" + cohort);
        mainPages.put("anne", "schedule/calendar.xhtml");
        mainPages.put("paul", "cohorts/view.xhtml?id=" + cohort);
        Map<String, String> files = Map.of("admin", "admin", "claire", "facilitator", "anne", "territory", "paul", "partner");
        Path folder = Path.of(System.getProperty("parcours.it.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        driver.manage().window().setSize(new Dimension(1200, 800));
        try {
            for (Map.Entry<String, String> page : mainPages.entrySet()) {
                driver.manage().deleteAllCookies();
                signIn(page.getKey());
                open(page.getValue());
                waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                if (driver.findElements(By.cssSelector(".fc")).size() > 0) {
                    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event")));
                }
                assertThat(driver.findElement(By.id("menuForm:menu")).getText().contains("Administration"))
                        .as("the Administration menu for " + page.getKey()).isEqualTo(page.getKey().equals("admin"));
                Path file = folder.resolve(files.get(page.getKey()) + ".png");
                Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(file)).isGreaterThan(10_000);
            }
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    @Test
    void on_a_tablet_the_pages_fit_the_width_and_the_menu_opens() throws Exception {
        long cohort = TestData.demoCohort();
        signIn("claire");
        driver.manage().window().setSize(TABLET);
        try {
            List<String> pages = List.of("index.xhtml", "territories/index.xhtml", "cohorts/index.xhtml",
                    "cohorts/view.xhtml?id=" + cohort, "schedule/cohort.xhtml?id=" + cohort, "schedule/calendar.xhtml",
                    "schedule/session.xhtml?id=" + TestData.demoSession("COLLECTIVE_WORKSHOP"),
                    "schedule/attendance.xhtml?session=" + TestData.demoSession("COLLECTIVE_WORKSHOP"),
                    "schedule/programme.xhtml?id=" + TestData.programme(),
                    "work/assignment.xhtml?session=" + TestData.demoSession("INDIVIDUAL_WORK"),
                    "codev/index.xhtml?cohort=" + cohort, "codev/group.xhtml?id=" + TestData.codevGroup(),
                    "codev/session.xhtml?id=" + TestData.codevSession(),
                    "visits/index.xhtml?cohort=" + cohort, "visits/view.xhtml?id=" + TestData.visit(),
                    "speaking/index.xhtml?cohort=" + cohort, "kit/index.xhtml", "kit/view.xhtml?id=" + TestData.resource());
            List<String> overflowing = new ArrayList<>();
            for (String page : pages) {
                open(page);
                long inner = ((Number) ui().script("return window.innerWidth;")).longValue();
                long scroll = ((Number) ui().script("return document.documentElement.scrollWidth;")).longValue();
                if (scroll > inner) {
                    overflowing.add(page + " (" + scroll + " > " + inner + " px, widest: " + ui().script(WIDEST) + ")");
                }
            }
            assertThat(overflowing).as("pages wider than a 768 px tablet").isEmpty();

            // Every entry of the menu bar is on screen and leads to its page.
            open("index.xhtml");
            List<WebElement> entries = driver.findElements(By.cssSelector("#menuForm\\:menu > ul > li > a"));
            assertThat(entries).hasSizeGreaterThan(5);
            long width = ((Number) ui().script("return window.innerWidth;")).longValue();
            for (WebElement entry : entries) {
                assertThat(entry.isDisplayed()).as(entry.getText() + " shown").isTrue();
                assertThat(entry.getRect().getX() + entry.getRect().getWidth())
                        .as(entry.getText() + " within the screen").isLessThanOrEqualTo((int) width);
            }
            menu("Apprendre ensemble", "Visites apprenantes");
            waitFor().until(ExpectedConditions.urlContains("/visits/index.xhtml"));
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    @Test
    void in_english_dates_and_times_are_english_and_in_paris_time() throws Exception {
        long session = TestData.demoSession("COLLECTIVE_WORKSHOP");
        ZonedDateTime start = LocalDateTime.parse(
                        JourneyData.text("select date_format(starts_at, '%Y-%m-%dT%H:%i:%s') from path_session where id = ?", session))
                .atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Europe/Paris"));
        signIn("claire");
        open("schedule/session.xhtml?id=" + session);
        assertThat(driver.findElement(By.id("when")).getText()).startsWith(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.FRENCH).format(start)
                        + ", " + DateTimeFormatter.ofPattern("HH:mm").format(start) + "–");

        driver.findElement(By.id("userForm:en")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.findElement(By.id("when")).getText()).startsWith(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH).format(start)
                        + ", " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH).format(start) + "–");

        // The cohort's schedule lists its sessions with English short dates, the calendar speaks English.
        open("schedule/cohort.xhtml?id=" + TestData.demoCohort());
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event")));
        String firstDate = driver.findElement(By.cssSelector("#calendarForm\\:sessions_data tr td")).getText();
        assertThat(firstDate).matches("\\d{1,2}/\\d{1,2}/\\d{4}");
        assertThat(driver.findElement(By.cssSelector(".fc-toolbar-title")).getText())
                .matches("(January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}");
        assertThat(eventTimes()).isNotEmpty().allMatch(time -> time.matches("\\d{1,2}:\\d\\d [AP]M"));

        // Back to French for the other tests of this browser.
        driver.findElement(By.id("userForm:fr")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event")));
        assertThat(eventTimes()).isNotEmpty().allMatch(time -> time.matches("\\d\\d:\\d\\d"));
    }

    /** The times the calendar writes on its events (in Paris time, the schedule's time zone). */
    private List<String> eventTimes() {
        // The calendar may draw its events again once they have loaded: read them again if they were redrawn.
        return waitFor().ignoring(StaleElementReferenceException.class).until(browser -> {
            List<String> times = browser.findElements(By.cssSelector(".fc-event-time")).stream()
                    .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
            return times.isEmpty() ? null : times;
        });
    }

    @Test
    void the_main_menu_is_reached_with_tab_and_used_with_enter() {
        signIn("claire");
        open("index.xhtml");
        // From the top of the page: the skip link, the brand, then the menu bar's first entry.
        List<String> path = new ArrayList<>();
        WebElement focused = driver.findElement(By.tagName("body"));
        for (int i = 0; i < 5 && !inMenu(focused); i++) {
            focused.sendKeys(Keys.TAB);
            focused = driver.switchTo().activeElement();
            path.add(focused.getText());
        }
        assertThat(inMenu(focused)).as("Tab reaches the menu bar, through " + path).isTrue();
        assertThat(focused.getText()).isEqualTo("Accueil");
        // Within the bar the arrow keys move from entry to entry; Enter opens the one in focus.
        focused.sendKeys(Keys.ARROW_RIGHT);
        focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Territoires");
        focused.sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.titleContains("Territoires"));
    }

    private boolean inMenu(WebElement element) {
        return Boolean.TRUE.equals(ui().script("return !!arguments[0].closest('#menuForm\\\\:menu');", element));
    }
}
