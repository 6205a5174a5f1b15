package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parcours.it.TestData;

/**
 * A facilitator runs the path in a real browser: opens a cohort from the programme, moves one of its
 * sessions by dragging it in the calendar, takes attendance, and runs a co-development session
 * through its six steps.
 */
class FacilitatorPathJourneyIT extends BrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private Widgets ui() {
        return new Widgets(driver);
    }

    @Test
    void a_facilitator_opens_a_cohort_from_the_programme_and_drags_a_session_to_another_day() throws Exception {
        signIn("claire");
        Widgets ui = ui();
        // Far in the future, so that its sessions meet no other cohort's and the calendar opens on its start.
        LocalDate start = LocalDate.of(2031, 3, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String name = "Cohorte navigateur " + System.currentTimeMillis() % 100_000;
        String programme = JourneyData.text("select name from programme where id = ?", TestData.programme());

        open("cohorts/edit.xhtml");
        ui.type("form:name", name);
        ui.typeDate("form:startDate", start.format(DAY));
        ui.typeDate("form:endDate", start.plusMonths(9).minusDays(1).format(DAY));
        ui.tick("form:facilitators", "Claire Moreau");
        ui.choose("form:programme", programme);
        driver.findElement(By.id("form:save")).click();
        waitFor().until(ExpectedConditions.urlContains("/cohorts/view.xhtml"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);

        driver.findElement(By.id("schedule")).click();
        waitFor().until(ExpectedConditions.urlContains("/schedule/cohort.xhtml"));
        assertThat(driver.findElements(By.cssSelector("#calendarForm\\:sessions_data tr a")))
                .as("the schedule generated from the programme").isNotEmpty();

        // The month of the cohort's start: drag its first session to a weekday without any session.
        WebElement event = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#calendarForm\\:schedule td.fc-daygrid-day:not(.fc-day-other) a.fc-event")));
        String href = event.getAttribute("href");
        long session = Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        @SuppressWarnings("unchecked")
        Map<String, String> days = (Map<String, String>) ui.script(
                "var from = arguments[0].closest('td.fc-daygrid-day').getAttribute('data-date');"
                        + "var cells = document.querySelectorAll('#calendarForm\\\\:schedule td.fc-daygrid-day:not(.fc-day-other)');"
                        + "for (var i = 0; i < cells.length; i++) { var d = cells[i].getAttribute('data-date');"
                        + "  if (d > from && !cells[i].querySelector('.fc-event')) { return {from: from, to: d}; } }"
                        + "return null;", event);
        assertThat(days).as("an empty weekday after the first session").isNotNull();
        LocalDate to = LocalDate.parse(days.get("to"));
        WebElement target = driver.findElement(By.cssSelector(
                "#calendarForm\\:schedule td.fc-daygrid-day[data-date='" + days.get("to") + "'] .fc-daygrid-day-frame"));
        new Actions(driver).clickAndHold(event).moveByOffset(8, 8).pause(200)
                .moveToElement(target).pause(300).release(target).perform();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("calendarForm:calendarMessages"), "déplacée"));

        open("schedule/session.xhtml?id=" + session);
        assertThat(driver.findElement(By.id("when")).getText())
                .as("the session's new day, read back from the server").startsWith(to.format(FULL_DAY));
    }

    @Test
    void a_facilitator_takes_attendance_of_a_session() throws Exception {
        signIn("claire");
        // The demo cohort's last workshop for the whole cohort: no other test marks it.
        long session = JourneyData.id("select s.id from path_session s join cohort c on c.id = s.cohort_id"
                + " where c.name like '%(démo)' and s.kind = 'COLLECTIVE_WORKSHOP' and s.whole_cohort = true"
                + " order by s.starts_at desc limit 1");
        open("schedule/attendance.xhtml?session=" + session);
        driver.findElement(By.id("sheet:allPresent")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet:lines:0:status"), "Présent"));
        String name = driver.findElement(By.cssSelector("#sheet\\:lines_data tr td")).getText();
        driver.findElement(By.id("sheet:lines:0:excused")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet:lines:0:status"), "Excusé"));

        driver.navigate().refresh();
        List<String> statuses = driver.findElements(By.cssSelector("[id$=':status']")).stream()
                .map(WebElement::getText).toList();
        assertThat(statuses).hasSizeGreaterThan(1);
        assertThat(driver.findElement(By.cssSelector("#sheet\\:lines_data tr td")).getText()).isEqualTo(name);
        assertThat(statuses.get(0)).isEqualTo("Excusé·e");
        assertThat(statuses.subList(1, statuses.size())).allMatch("Présent·e"::equals);
        assertThat(driver.findElement(By.id("counts")).getText())
                .contains("Présent·e : " + (statuses.size() - 1), "Excusé·e : 1");
    }

    @Test
    void a_facilitator_runs_a_co_development_session_through_its_six_steps() throws Exception {
        signIn("claire");
        Widgets ui = ui();
        long group = TestData.codevGroup();
        open("codev/group.xhtml?id=" + group);

        // A new session of the demo group, in the evening, so that it meets no other session.
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(40).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        long before = JourneyData.id("select coalesce(max(id), 0) from codev_session");
        ui.typeDate("plan:day", day.format(DAY));
        ui.typeTime("plan:start", "18:30");
        ui.type("plan:minutes_input", "120");
        ui.choose("plan:format", "À distance");
        ui.type("plan:videoLink", "https://visio.parcours.demo.test/codev-navigateur");
        List<String> members = ui.options("plan:clientId");
        assertThat(members).hasSizeGreaterThanOrEqualTo(4);
        // Everyone is client once over the cycle: someone who has not been yet.
        String client = JourneyData.text("select m.full_name from codev_group_member gm join member m on m.id = gm.member_id"
                + " where gm.group_id = ? and m.id not in (select client_id from codev_session where group_id = ?"
                + " and client_id is not null) order by m.full_name limit 1", group, group);
        assertThat(members).contains(client);
        ui.choose("plan:clientId", client);
        driver.findElement(By.id("plan:planSession")).click();
        // Planned, the session opens on its own page.
        waitFor().until(ExpectedConditions.urlContains("/codev/session.xhtml"));
        assertThat(JourneyData.id("select max(id) from codev_session")).isGreaterThan(before);
        assertThat(driver.findElement(By.id("client")).getText()).isEqualTo(client);
        assertThat(driver.findElement(By.id("summary")).getText()).as("the day and time planned")
                .contains(day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)), "18:30");
        ui.type("runner:subject", "Mobiliser les entreprises du territoire autour d'un projet commun");
        ui.clickAjax("runner:submitSubject");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("subjectText"), "Mobiliser"));
        // Everyone is there (the members come ticked): tick whoever is not.
        List<WebElement> boxes = driver.findElements(By.cssSelector("#runner\\:participants input[type=checkbox]"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement box : boxes) {
            if (!box.isSelected()) {
                driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
            }
        }
        waitFor().until(browser -> browser.findElements(By.cssSelector("#runner\\:participants input[type=checkbox]"))
                .stream().allMatch(WebElement::isSelected));
        ui.clickAjax("runner:start");
        step(1);
        assertThat(driver.findElement(By.id("stepRule")).getText()).contains("sans être interrompu");
        // The countdown runs in the page (minutes:seconds), also after the Ajax redraw that started the session.
        waitFor().until(browser -> browser.findElement(By.id("timer")).getText().matches("\\d+:\\d\\d"));
        advance(2);
        advance(3);
        ui.type("runner:request", "Comment associer les chefs d'entreprise dès le départ ?");
        ui.type("runner:contract", "Des pistes concrètes pour la première réunion.");
        ui.clickAjax("runner:agree");
        advance(4);
        String consultant = ui.options("runner:consultantId").stream().filter(m -> !m.equals(client)).findFirst().orElseThrow();
        ui.choose("runner:consultantId", consultant);
        ui.type("runner:suggestion", "Passer par le club d'entreprises local.");
        ui.clickAjax("runner:suggest");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), "club d'entreprises"));
        advance(5);
        ui.type("runner:actionPlan", "Rencontrer le club, puis inviter trois dirigeants.");
        ui.type("runner:commitment", "Rencontrer le président du club");
        ui.typeDate("runner:commitmentDue", day.plusDays(30).format(DAY));
        ui.clickAjax("runner:plan");
        advance(6);
        ui.choose("runner:participantId", consultant);
        ui.type("runner:learning", "Écouter sans conseiller trop tôt.");
        driver.findElement(By.cssSelector("#runner\\:shareable .ui-chkbox-box")).click();
        ui.clickAjax("runner:note");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("learnings"), "Écouter sans conseiller"));
        ui.clickAjax("runner:advance");

        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("summary")).getText()).contains("A eu lieu");
        assertThat(driver.findElements(By.id("currentStep"))).isEmpty();
        assertThat(driver.findElement(By.id("captured")).getText())
                .contains("Comment associer les chefs d'entreprise", "Des pistes concrètes", "Rencontrer le président du club");
        assertThat(driver.findElement(By.id("suggestions")).getText()).contains(consultant, "club d'entreprises");
        assertThat(driver.findElement(By.id("learnings")).getText()).contains(consultant, "Écouter sans conseiller");
    }

    private void advance(int next) {
        new Widgets(driver).clickAjax("runner:advance");
        step(next);
    }

    private void step(int number) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentStep"), number + "/6"));
    }
}
