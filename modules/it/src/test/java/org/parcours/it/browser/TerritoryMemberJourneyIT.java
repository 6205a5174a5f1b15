package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parcours.it.TestData;

/**
 * A territory member (anne, Pays de Redon) in a real browser: finds the path and their calendar,
 * hands in individual work with a file, registers for a learning visit, and joins the waiting list
 * of one that is full.
 */
class TerritoryMemberJourneyIT extends BrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Widgets ui() {
        return new Widgets(driver);
    }

    @Test
    void a_member_sees_the_path_of_their_cohort_and_their_calendar() {
        signIn("anne");
        menu("Le parcours", "Mon calendrier");
        waitFor().until(ExpectedConditions.titleContains("calendrier"));
        // The calendar draws the sessions of the visible month; the list below has the coming ones.
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendarForm\\:schedule .fc-event")));
        assertThat(driver.findElements(By.cssSelector("#upcoming_data tr a[href*='schedule/session.xhtml']"))).isNotEmpty();

        driver.findElement(By.linkText("Cohortes")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("(démo)"))).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("schedule"))).click();
        waitFor().until(ExpectedConditions.urlContains("/schedule/cohort.xhtml"));
        assertThat(driver.findElement(By.id("calendarForm:sessions")).getText()).contains("Temps individuel de travaux personnels");
        assertThat(driver.findElements(By.id("newSession"))).as("a member does not plan sessions").isEmpty();
        assertThat(driver.findElements(By.cssSelector("#calendarForm\\:schedule .fc-event"))).isNotEmpty();
    }

    @Test
    void a_member_hands_in_individual_work_with_a_file() throws Exception {
        // The facilitator sets the instructions of the demo cohort's second individual work time.
        long session = JourneyData.id("select s.id from path_session s join cohort c on c.id = s.cohort_id"
                + " where c.name like '%(démo)' and s.kind = 'INDIVIDUAL_WORK' and s.whole_cohort = true"
                + " order by s.starts_at limit 1 offset 1");
        signIn("claire");
        Widgets ui = ui();
        open("work/assignment.xhtml?session=" + session);
        ui.type("assignmentForm:instructions", "Décrivez en une page un acteur économique de votre territoire.");
        ui.typeDate("assignmentForm:dueDate", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20).format(DAY));
        ui.typeTime("assignmentForm:dueTime", "18:00");
        driver.findElement(By.id("assignmentForm:saveAssignment")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("instructions")));

        driver.manage().deleteAllCookies();
        signIn("anne");
        open("work/assignment.xhtml?session=" + session);
        assertThat(driver.findElement(By.id("instructions")).getText()).contains("acteur économique");
        Path file = Files.createTempFile(Path.of(System.getProperty("parcours.it.work", "target")), "portrait-", ".txt");
        Files.writeString(file, "Portrait : la coopérative de Redon, 42 salariés.\n", StandardCharsets.UTF_8);
        ui.type("submitForm:text", "Notre portrait de la coopérative, en pièce jointe.");
        driver.findElement(By.cssSelector("#submitForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("submitForm:handIn")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".submission-state")));
        assertThat(driver.findElement(By.cssSelector(".submission-state")).getText()).startsWith("Rendu ·");
        assertThat(driver.findElement(By.linkText(file.getFileName().toString())).getAttribute("href"))
                .contains("files/submission");
    }

    @Test
    void a_member_registers_for_a_visit_and_joins_the_waiting_list_of_a_full_one() throws Exception {
        long cohort = TestData.demoCohort();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        // The facilitator proposes two visits: five places, and one place only.
        signIn("claire");
        long open = proposeVisit(cohort, "Tiers-lieu numérique", day, 5);
        long full = proposeVisit(cohort, "Épicerie solidaire", day.plusDays(7), 1);

        // Marc (Ville de Lens) takes the only place of the second one.
        driver.manage().deleteAllCookies();
        signIn("marc");
        register(full);
        assertThat(driver.findElement(By.id("myStatus")).getText()).isEqualTo("Vous êtes inscrit(e).");

        driver.manage().deleteAllCookies();
        signIn("anne");
        register(open);
        assertThat(driver.findElement(By.id("myStatus")).getText()).isEqualTo("Vous êtes inscrit(e).");
        assertThat(driver.findElement(By.id("registered")).getText()).contains("Anne Rivière");
        assertThat(driver.findElement(By.id("placeCount")).getText()).isEqualTo("1 / 5");

        register(full);
        assertThat(driver.findElement(By.id("myStatus")).getText()).isEqualTo("Vous êtes sur la liste d'attente.");
        assertThat(driver.findElement(By.id("placeCount")).getText()).isEqualTo("1 / 1");
        assertThat(driver.findElement(By.id("registered")).getText()).contains("Marc Dubois").doesNotContain("Anne");
        assertThat(driver.findElement(By.id("waiting")).getText()).contains("Anne Rivière");
    }

    private void register(long visit) {
        open("visits/view.xhtml?id=" + visit);
        driver.findElement(By.id("places:register")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("places:register")));
    }

    /** Fills the visit form as the signed-in facilitator; the host is the first territory other than Redon and Lens. */
    private long proposeVisit(long cohort, String practice, LocalDate day, int places) {
        Widgets ui = ui();
        open("visits/edit.xhtml?cohort=" + cohort);
        String host = ui.options("form:hostId").stream()
                .filter(name -> !name.contains("Redon") && !name.contains("Lens")).findFirst().orElseThrow();
        ui.choose("form:hostId", host);
        ui.choose("form:theme", "Impact du numérique");
        ui.type("form:practice", practice);
        ui.typeDate("form:day", day.format(DAY));
        ui.typeTime("form:start", "09:30");
        ui.typeTime("form:end", "16:00");
        ui.type("form:venueName", "Mairie");
        ui.type("form:venueAddress", "1 place de la Mairie");
        ui.type("form:programme", "Accueil, visite, échanges.");
        ui.type("form:places_input", String.valueOf(places));
        ui.typeDate("form:registrationDeadline", day.minusDays(3).format(DAY));
        driver.findElement(By.id("form:save")).click();
        waitFor().until(ExpectedConditions.urlContains("/visits/view.xhtml"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(practice);
        return Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
