package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVRecord;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.parcours.domain.schedule.FrenchHolidays;

/**
 * The cohort's schedule end to end: the demo cohort's generated nine months, conflicts shown before
 * saving, a move announced by email and seen by calendar feeds (SEQUENCE, CANCELLED), CSV import all
 * or nothing, and who may do what.
 */
class ScheduleIT extends ParcoursIT {

    @Test
    void the_demo_cohort_has_its_nine_months_generated_on_working_days() throws Exception {
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            HtmlPage schedule = claire.open("schedule/cohort.xhtml?id=" + cohort);
            assertThat(schedule.asNormalizedText()).contains("Calendrier du parcours", "Atelier collectif — mois 1");
            List<CSVRecord> sessions = Schedules.export(base, cohort, "claire");
            // Sessions planned from the programme carry its phase; learning visits proposed by territories
            // ("Visite apprenante · <practice>") are added to the schedule apart from it.
            List<CSVRecord> generated = sessions.stream()
                    .filter(r -> !r.get("phase").isBlank() && !r.get("title").contains(" · ")).toList();
            assertThat(generated).hasSize(31);
            assertThat(generated).allSatisfy(r ->
                    assertThat(FrenchHolidays.isWorkingDay(LocalDate.parse(r.get("date")))).as(r.get("date")).isTrue());
            assertThat(generated).extracting(r -> r.get("phase")).contains("Faire émerger les besoins",
                    "Co-construire des solutions", "Évaluer les résultats");
            assertThat(generated.stream().map(r -> LocalDate.parse(r.get("date")).withDayOfMonth(1)).distinct()).hasSize(9);
        }
    }

    @Test
    void every_conflict_kind_is_shown_before_saving_and_warnings_can_be_confirmed() throws Exception {
        LocalDate day = Schedules.wednesdayIn(3);
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            HtmlPage first = claire.open("schedule/edit.xhtml?cohort=" + cohort);
            Schedules.fill(first, "Soirée des élus", "WEBINAR", "REMOTE", day, "20:00", "21:00");
            Schedules.assertSaved(Browser.click(first, "form:save"));

            HtmlPage second = claire.open("schedule/edit.xhtml?cohort=" + cohort);
            Schedules.fill(second, "Atelier en même temps", "COLLECTIVE_WORKSHOP", "IN_PERSON", day, "20:30", "22:00");
            Browser.type(second, "form:venueCapacity", "2");
            HtmlPage warned = Browser.click(second, "form:save");
            assertThat(warned.getUrl().getPath()).endsWith("/schedule/edit.xhtml");
            assertThat(warned.asNormalizedText()).contains(
                    "Claire Moreau anime déjà « Soirée des élus » au même moment",
                    "participe déjà à « Soirée des élus » au même moment",
                    "personnes attendues pour 2 places",
                    "Rien n’est enregistré");
            assertThat(Schedules.export(base, cohort, "claire")).noneMatch(r -> r.get("title").equals("Atelier en même temps"));

            Schedules.check(warned, "form:confirmWarnings_input", true);
            Schedules.assertSaved(Browser.click(warned, "form:save"));
            assertThat(Schedules.export(base, cohort, "claire")).anyMatch(r -> r.get("title").equals("Atelier en même temps"));

            HtmlPage outside = claire.open("schedule/edit.xhtml?cohort=" + cohort);
            Schedules.fill(outside, "Après la fin", "WEBINAR", "REMOTE", LocalDate.now().plusYears(2), "10:00", "11:00");
            HtmlPage refused = Browser.click(outside, "form:save");
            assertThat(refused.asNormalizedText()).contains("La séance doit avoir lieu pendant la cohorte",
                    "corrigez les erreurs");
            assertThat(refused.getElementById("form:confirmWarnings")).isNull();
        }
    }

    @Test
    void bad_input_is_refused_next_to_its_field_and_saves_nothing() throws Exception {
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            HtmlPage form = claire.open("schedule/edit.xhtml?cohort=" + cohort);
            Schedules.fill(form, "À l’envers", "WEBINAR", "REMOTE", Schedules.wednesdayIn(4), "18:00", "17:00");
            HtmlPage refused = Browser.click(form, "form:save");
            assertThat(refused.asNormalizedText()).contains("La fin doit être postérieure au début.");
            assertThat(TerritoryPagesIT.invalid(refused, "form:end")).isTrue();

            Schedules.fill(refused, "Capacité négative", "COLLECTIVE_WORKSHOP", "IN_PERSON", Schedules.wednesdayIn(4),
                    "17:00", "18:00");
            Browser.type(refused, "form:venueCapacity", "-5");
            HtmlPage negative = Browser.click(refused, "form:save");
            assertThat(negative.asNormalizedText()).contains("La capacité doit être un nombre positif de places.");
            assertThat(TerritoryPagesIT.invalid(negative, "form:venueCapacity")).isTrue();
            assertThat(Schedules.export(base, cohort, "claire"))
                    .noneMatch(r -> r.get("title").equals("À l’envers") || r.get("title").equals("Capacité négative"));
        }
    }

    @Test
    void a_moved_session_is_announced_by_email_and_its_feed_event_is_updated_then_cancelled() throws Exception {
        LocalDate day = Schedules.wednesdayIn(5);
        String feed;
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage calendar = anne.open("schedule/calendar.xhtml");
            HtmlPage created = Browser.click(calendar, "feedForm:renew");
            feed = ((HtmlInput) created.getElementById("feedForm:feedUrl")).getValue();
            assertThat(feed).matches(".*/feeds/[A-Za-z0-9_-]{43}\\.ics");
        }
        long sessionId;
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            HtmlPage form = claire.open("schedule/edit.xhtml?cohort=" + cohort);
            Schedules.fill(form, "Rendez-vous de Redon", "WEBINAR", "REMOTE", day, "19:00", "20:00");
            Schedules.check(form, "form:wholeCohort_input", false);
            CohortPagesIT.choose(form, "form:territories", "Communauté de communes du Pays de Redon");
            HtmlPage saved = Schedules.assertSaved(Browser.click(form, "form:save"));
            sessionId = Long.parseLong(saved.getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1"));

            VEvent event = event(feed, "Rendez-vous de Redon");
            String uid = prop(event, "UID");
            assertThat(prop(event, "SEQUENCE")).isEqualTo("0");
            assertThat(prop(event, "DTSTART")).isEqualTo(day.toString().replace("-", "") + "T190000");
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Paris");

            int before = TestMail.received().size();
            HtmlPage edit = claire.open("schedule/edit.xhtml?id=" + sessionId);
            Browser.type(edit, "form:date_input", day.plusDays(1).format(Schedules.DAY));
            Schedules.assertSaved(Browser.click(edit, "form:save"));
            assertThat(TestMail.awaitMessages(before + 1)).isTrue();
            MimeMessage notice = mailTo("anne.riviere@redon.demo.test", "Séance déplacée : Rendez-vous de Redon", before);
            assertThat(notice.getContent().toString()).contains("a lieu désormais le", "now takes place on");

            VEvent moved = event(feed, "Rendez-vous de Redon");
            assertThat(prop(moved, "UID")).isEqualTo(uid);
            assertThat(prop(moved, "SEQUENCE")).isEqualTo("1");
            assertThat(prop(moved, "DTSTART")).isEqualTo(day.plusDays(1).toString().replace("-", "") + "T190000");

            int beforeCancel = TestMail.received().size();
            HtmlPage page = claire.open("schedule/session.xhtml?id=" + sessionId);
            assertThat(Browser.click(page, "cancelForm:cancelSession").asNormalizedText()).contains("Annulée");
            assertThat(TestMail.awaitMessages(beforeCancel + 1)).isTrue();
            mailTo("anne.riviere@redon.demo.test", "Séance annulée : Rendez-vous de Redon", beforeCancel);
            VEvent cancelled = event(feed, "Rendez-vous de Redon");
            assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
            assertThat(prop(cancelled, "SEQUENCE")).isEqualTo("2");
        }
        // Lens does not take part: Marc is not told.
        // (Other classes of the run may email Marc about other things: only this session's notices count.)
        assertThat(TestMail.received()).noneMatch(m -> recipient(m).equals("marc.dubois@lens.demo.test")
                && subject(m).contains("Rendez-vous de Redon"));

        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            Browser.click(anne.open("schedule/calendar.xhtml"), "feedForm:revoke");
        }
        assertThat(Http.getUrl(feed).statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "feeds/not-a-token.ics").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "feeds/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void a_csv_import_with_a_bad_row_imports_nothing_and_a_good_file_imports_every_row() throws Exception {
        LocalDate day = Schedules.wednesdayIn(6);
        String header = "title;kind;format;date;start;end;phase;venue_name;venue_address;venue_capacity;video_link;agenda\n";
        String good = "Import un;WEBINAR;REMOTE;" + day + ";10:00;11:00;;;;;https://visio.example.org/i;Ordre du jour\n";
        String bad = "Import deux;DANCE;REMOTE;" + day + ";12:00;11:00;;;;;https://visio.example.org/i;\n";
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            int count = Schedules.export(base, cohort, "claire").size();

            HtmlPage refused = upload(claire, cohort, header + good + bad);
            assertThat(refused.asNormalizedText()).contains("Rien n’a été importé : 1 ligne(s) invalide(s)",
                    "Valeur inconnue : « DANCE »");
            assertThat(refused.getElementById("importForm:importErrors")).isNotNull();
            assertThat(refused.querySelector("#importForm\\:importErrors_data td").asNormalizedText()).isEqualTo("3");
            assertThat(Schedules.export(base, cohort, "claire")).hasSize(count);

            HtmlPage malformed = upload(claire, cohort, header + "\"Import;WEBINAR\n");
            assertThat(malformed.asNormalizedText()).containsAnyOf("n’est pas un CSV lisible", "ne contient aucune séance");
            assertThat(Schedules.export(base, cohort, "claire")).hasSize(count);

            String second = "Import deux;CODEV_WORKSHOP;HYBRID;" + day + ";14:00;16:00;Co-construire des solutions;"
                    + "Salle B;2 rue du Port, Redon;40;https://visio.example.org/j;\n";
            HtmlPage imported = upload(claire, cohort, header + good + second);
            assertThat(imported.asNormalizedText()).contains("2 séances ont été importées.");
            List<CSVRecord> after = Schedules.export(base, cohort, "claire");
            assertThat(after).hasSize(count + 2);
            assertThat(after).anyMatch(r -> r.get("title").equals("Import deux") && r.get("venue_capacity").equals("40")
                    && r.get("start").equals("14:00"));
        }
    }

    @Test
    void partners_read_schedules_and_only_the_cohort_managers_change_them() throws Exception {
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            for (String person : new String[] {"paul", "marc"}) {
                try (Browser browser = new Browser(base)) {
                    browser.signIn(person, "parcours");
                    HtmlPage schedule = browser.open("schedule/cohort.xhtml?id=" + cohort);
                    assertThat(schedule.getWebResponse().getStatusCode()).as(person).isEqualTo(200);
                    assertThat(schedule.getElementById("newSession")).as(person).isNull();
                    assertThat(schedule.getElementById("importForm")).as(person).isNull();
                    assertThat(browser.open("schedule/edit.xhtml?cohort=" + cohort).getWebResponse().getStatusCode())
                            .as(person).isEqualTo(403);
                }
            }
            assertThat(Http.getAs(base, "exports/schedule.xlsx?cohort=" + cohort, "paul").statusCode()).isEqualTo(200);
            assertThat(Http.get(base, "exports/schedule.csv?cohort=" + cohort).statusCode()).isIn(302, 401);
        }
    }

    @Test
    void a_programme_template_generates_a_new_cohort_on_working_days() throws Exception {
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage list = claire.open("schedule/programmes.xhtml");
            assertThat(list.asNormalizedText()).contains("Parcours d'expérience co-construction territoriale (9 mois)");
            Browser.type(list, "form:name", "Programme court");
            Schedules.typeText(list, "form:phases", "Découvrir\nAgir");
            HtmlPage programme = Browser.click(list, "form:create");
            assertThat(programme.asNormalizedText()).contains("Programme court", "Découvrir", "Agir");

            Browser.type(programme, "templateForm:title", "Lancement");
            Schedules.select(programme, "templateForm:kind_input", "WEBINAR");
            Schedules.select(programme, "templateForm:format_input", "REMOTE");
            Schedules.select(programme, "templateForm:weekday_input", "MONDAY");
            Browser.type(programme, "templateForm:startTime_input", "09:00");
            Browser.type(programme, "templateForm:duration", "90");
            Browser.type(programme, "templateForm:week", "7");
            HtmlPage refused = Browser.click(programme, "templateForm:placeTemplate");
            assertThat(refused.asNormalizedText()).contains("La semaine doit être comprise entre 1 et 4.");
            Browser.type(refused, "templateForm:week", "1");
            HtmlPage placed = Browser.click(refused, "templateForm:placeTemplate");
            assertThat(placed.asNormalizedText()).contains("Séances types (1)", "Lancement");

            // Whit Monday 2032 is 17 May: the template's Monday moves to Tuesday 18 May.
            HtmlPage cohortForm = claire.open("cohorts/edit.xhtml");
            Browser.type(cohortForm, "form:name", "Cohorte générée 2032");
            Browser.type(cohortForm, "form:startDate_input", "17/05/2032");
            CohortPagesIT.choose(cohortForm, "form:facilitators", "Claire Moreau");
            HtmlSelect programmes = (HtmlSelect) cohortForm.getElementById("form:programme_input");
            programmes.setSelectedAttribute(programmes.getOptions().stream()
                    .filter(o -> o.getText().equals("Programme court")).findFirst().orElseThrow(), true);
            HtmlPage cohort = Browser.click(cohortForm, "form:save");
            assertThat(cohort.getUrl().getPath()).as(cohort.asNormalizedText()).endsWith("/cohorts/view.xhtml");
            long cohortId = Long.parseLong(cohort.getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
            List<CSVRecord> sessions = Schedules.export(base, cohortId, "claire");
            assertThat(sessions).singleElement().satisfies(r -> {
                assertThat(r.get("title")).isEqualTo("Lancement");
                assertThat(r.get("date")).isEqualTo("2032-05-18");
                assertThat(r.get("start")).isEqualTo("09:00");
                assertThat(r.get("end")).isEqualTo("10:30");
                assertThat(r.get("phase")).isEqualTo("Découvrir");
            });
        }
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            HtmlPage list = paul.open("schedule/programmes.xhtml");
            assertThat(list.getElementById("form")).isNull();
        }
    }

    @Test
    void a_territory_feed_lists_the_territory_sessions_and_only_its_team_and_staff_manage_it() throws Exception {
        String feed;
        long redon;
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            String found = new String(Http.getAs(base, "api/territories?q=Redon", "anne").body(), StandardCharsets.UTF_8);
            redon = Long.parseLong(found.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
            assertThat(anne.open("territories/view.xhtml?id=" + redon).getElementById("calendar")).isNotNull();
            HtmlPage calendar = anne.open("schedule/calendar.xhtml?territory=" + redon);
            assertThat(calendar.asNormalizedText()).contains("Calendrier du territoire", "Pays de Redon");
            HtmlPage created = Browser.click(calendar, "feedForm:renew");
            feed = ((HtmlInput) created.getElementById("feedForm:feedUrl")).getValue();
        }
        HttpResponse<byte[]> response = Http.getUrl(feed);
        assertThat(response.statusCode()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(response.body(), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> prop(e, "SUMMARY")).contains("Atelier collectif — mois 2");
        assertThat(events).extracting(e -> prop(e, "UID")).doesNotHaveDuplicates();
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            assertThat(marc.open("schedule/calendar.xhtml?territory=" + redon).getWebResponse().getStatusCode())
                    .isEqualTo(403);
        }
    }

    private static HtmlPage upload(Browser browser, long cohort, String csv) throws Exception {
        Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "import-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        HtmlPage page = browser.open("schedule/cohort.xhtml?id=" + cohort);
        ((HtmlFileInput) page.getElementById("importForm:file")).setFiles(file.toFile());
        return Browser.click(page, "importForm:import");
    }

    private static VEvent event(String feed, String summary) throws Exception {
        HttpResponse<byte[]> response = Http.getUrl(feed);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(response.body(), StandardCharsets.UTF_8)));
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().filter(e -> prop(e, "SUMMARY").equals(summary)).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + summary + " in the feed"));
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static MimeMessage mailTo(String address, String subjectStart, int from) throws Exception {
        // GreenMail lists messages mailbox by mailbox, not by arrival: look at them all (subjects are unique here).
        assertThat(TestMail.received()).hasSizeGreaterThan(from);
        for (MimeMessage message : TestMail.received()) {
            if (recipient(message).equals(address) && message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("No mail \"" + subjectStart + "\" to " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
