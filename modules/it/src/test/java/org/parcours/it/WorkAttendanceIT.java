package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Individual work (a territory's private submissions, checked uploads, lateness, feedback) and
 * attendance (one click per person, all present, self check-in, PDF and CSV sheets read back).
 */
class WorkAttendanceIT extends ParcoursIT {

    private static final String INDIVIDUAL_WORK = "Temps individuel de travaux personnels — mois 1";
    private static final String WORKSHOP = "Atelier collectif — mois 1";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    @Test
    void a_territory_hands_in_its_own_work_late_and_another_territory_never_reads_it() throws Exception {
        long session;
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            session = sessionId(claire, INDIVIDUAL_WORK);
            HtmlPage assignment = claire.open("work/assignment.xhtml?session=" + session);
            assertThat(assignment.asNormalizedText()).contains("trois besoins prioritaires");
            Browser.type(assignment, "assignmentForm:dueDate_input", LocalDate.now().minusDays(1).format(Schedules.DAY));
            assertThat(Browser.click(assignment, "assignmentForm:saveAssignment").asNormalizedText())
                    .contains("La consigne est enregistrée.");
        }
        String fileLink;
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage page = anne.open("work/assignment.xhtml?session=" + session);
            Schedules.typeText(page, "submitForm:text", "Nos trois besoins : mobilité, emploi, santé.");
            ((HtmlFileInput) page.getElementById("submitForm:files")).setFiles(file("besoins.pdf", PDF));
            HtmlPage handedIn = Browser.click(page, "submitForm:handIn");
            assertThat(handedIn.asNormalizedText()).contains("Votre travail est rendu.", "Rendu en retard", "besoins.pdf");
            fileLink = ((HtmlAnchor) handedIn.getAnchorByText("besoins.pdf")).getHrefAttribute();

            HtmlPage again = anne.open("work/assignment.xhtml?session=" + session);
            Schedules.typeText(again, "submitForm:text", "Texte remplacé avec un programme");
            ((HtmlFileInput) again.getElementById("submitForm:files")).setFiles(file("rapport.pdf", EXE));
            HtmlPage refused = Browser.click(again, "submitForm:handIn");
            assertThat(refused.asNormalizedText()).contains("Les programmes et scripts sont refusés.");
            assertThat(fieldText(refused, "submitForm:files")).contains("Les programmes et scripts sont refusés.");

            HtmlPage big = anne.open("work/assignment.xhtml?session=" + session);
            byte[] oversized = new byte[11 * 1024 * 1024];
            System.arraycopy(PDF, 0, oversized, 0, PDF.length);
            ((HtmlFileInput) big.getElementById("submitForm:files")).setFiles(file("annexe.pdf", oversized));
            assertThat(fieldText(Browser.click(big, "submitForm:handIn"), "submitForm:files"))
                    .contains("Un fichier ne peut pas dépasser 10 Mo.");

            HtmlPage renamed = anne.open("work/assignment.xhtml?session=" + session);
            ((HtmlFileInput) renamed.getElementById("submitForm:files")).setFiles(file("outil.exe", PDF));
            assertThat(Browser.click(renamed, "submitForm:handIn").asNormalizedText())
                    .contains("Les fichiers « .exe » sont refusés");
        }
        String path = fileLink.substring(fileLink.indexOf("files/submission"));
        HttpResponse<byte[]> own = Http.getAs(base, path, "anne");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(own.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains("besoins.pdf");
        assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(own.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(Http.getAs(base, path, "claire").statusCode()).isEqualTo(200);
        assertThat(Http.getAs(base, path, "marc").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, path, "paul").statusCode()).isEqualTo(403);

        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage page = marc.open("work/assignment.xhtml?session=" + session);
            assertThat(page.asNormalizedText()).contains("Notre rendu", "Ville de Lens")
                    .doesNotContain("mobilité, emploi, santé").doesNotContain("besoins.pdf").doesNotContain("Pays de Redon");
            assertThat(page.getElementById("overviewForm")).isNull();
        }
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            assertThat(paul.open("work/assignment.xhtml?session=" + session).getWebResponse().getStatusCode()).isEqualTo(403);
        }
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage overview = claire.open("work/assignment.xhtml?session=" + session);
            String text = overview.asNormalizedText();
            assertThat(text).contains("Pays de Redon", "Rendu en retard", "mobilité, emploi, santé", "Non rendu")
                    .doesNotContain("Texte remplacé");
            int row = rowOf(overview, "overviewForm:overview", "Pays de Redon");
            Schedules.typeText(overview, "overviewForm:overview:" + row + ":feedback", "Clair et précis, merci.");
            assertThat(Browser.click(overview, "overviewForm:overview:" + row + ":giveFeedback").asNormalizedText())
                    .contains("Le retour est enregistré.");
        }
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            assertThat(anne.open("work/assignment.xhtml?session=" + session).asNormalizedText())
                    .contains("Clair et précis, merci.", "Claire Moreau");
        }
    }

    @Test
    void facilitators_take_attendance_in_one_click_and_the_sheets_read_back() throws Exception {
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long session = sessionId(claire, WORKSHOP);
            HtmlPage sheet = claire.open("schedule/attendance.xhtml?session=" + session);
            HtmlPage all = Browser.click(sheet, "sheet:allPresent");
            assertThat(all.asNormalizedText()).contains("Tout le monde est marqué présent.");
            int rows = all.querySelectorAll("#sheet\\:lines_data tr").size();
            assertThat(rows).isGreaterThan(12);
            HtmlPage marked = Browser.click(all, "sheet:lines:0:absent");
            assertThat(marked.getElementById("sheet:lines:0:status").asNormalizedText()).isEqualTo("Absent·e");
            assertThat(marked.getElementById("sheet:lines:1:status").asNormalizedText()).isEqualTo("Présent·e");

            HttpResponse<byte[]> csv = Http.getAs(base, "exports/attendance.csv?session=" + session, "claire");
            assertThat(csv.statusCode()).isEqualTo(200);
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", ""))).getRecords();
            assertThat(records).hasSize(rows);
            assertThat(records).allSatisfy(r -> {
                assertThat(r.get("session")).isEqualTo(WORKSHOP);
                assertThat(r.get("start")).isEqualTo("09:30");
                assertThat(r.get("end")).isEqualTo("15:30");
                assertThat(r.get("duration_minutes")).isEqualTo("360");
                assertThat(r.get("name")).isNotBlank();
                assertThat(r.get("territory")).isNotBlank();
            });
            assertThat(records).filteredOn(r -> r.get("status").equals("ABSENT")).hasSize(1);
            assertThat(records).filteredOn(r -> r.get("status").equals("PRESENT")).hasSize(rows - 1);

            HttpResponse<byte[]> pdf = Http.getAs(base, "exports/attendance.pdf?session=" + session + "&lang=fr", "claire");
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            PdfReader reader = new PdfReader(pdf.body());
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            assertThat(text.toString()).contains("Feuille d’émargement", WORKSHOP, "Signature", "Anne Rivière",
                    "Pays de Redon", "Absent·e", "Présent·e");
        }
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            long session = sessionId(paul, WORKSHOP);
            HtmlPage sheet = paul.open("schedule/attendance.xhtml?session=" + session);
            assertThat(sheet.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(sheet.getElementById("sheet:allPresent")).isNull();
            assertThat(sheet.getElementById("sheet:lines:0:absent")).isNull();
        }
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            long session = sessionId(marc, WORKSHOP);
            assertThat(marc.open("schedule/attendance.xhtml?session=" + session).getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(Http.getAs(base, "exports/attendance.csv?session=" + session, "marc").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void a_participant_checks_in_with_the_code_the_facilitator_shows() throws Exception {
        LocalTime now = LocalTime.now(ZoneId.of("Europe/Paris"));
        LocalTime start = now.isBefore(LocalTime.of(0, 10)) ? LocalTime.of(0, 0) : now.minusMinutes(5);
        LocalTime end = now.isAfter(LocalTime.of(22, 50)) ? LocalTime.of(23, 59) : now.plusMinutes(60);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        long session;
        String code;
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            long cohort = Schedules.demoCohortId(claire);
            HtmlPage form = claire.open("schedule/edit.xhtml?cohort=" + cohort);
            Schedules.fill(form, "Séance en cours", "COLLECTIVE_WORKSHOP", "REMOTE", LocalDate.now(ZoneId.of("Europe/Paris")),
                    start.format(hhmm), end.format(hhmm));
            Schedules.check(form, "form:wholeCohort_input", false);
            CohortPagesIT.choose(form, "form:territories", "Communauté de communes du Pays de Redon");
            HtmlPage saved = Browser.click(form, "form:save");
            if (saved.getElementById("form:confirmWarnings_input") != null) {
                // A generated session may run at this hour: confirm the warning.
                Schedules.check(saved, "form:confirmWarnings_input", true);
                saved = Browser.click(saved, "form:save");
            }
            Schedules.assertSaved(saved);
            session = Long.parseLong(saved.getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
            HtmlPage sheet = Browser.click(claire.open("schedule/attendance.xhtml?session=" + session), "sheet:showCode");
            code = sheet.getElementById("sheet:code").asNormalizedText();
            assertThat(code).matches("[A-Z2-9]{6}");
        }
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage page = anne.open("schedule/checkin.xhtml");
            Browser.type(page, "form:code", "ZZZZZZ");
            assertThat(Browser.click(page, "form:register").asNormalizedText())
                    .contains("Ce code ne correspond à aucune séance en cours pour vous.");
            HtmlPage again = anne.open("schedule/checkin.xhtml");
            Browser.type(again, "form:code", code.toLowerCase());
            assertThat(Browser.click(again, "form:register").asNormalizedText())
                    .contains("Votre présence à « Séance en cours » est enregistrée");
        }
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage page = marc.open("schedule/checkin.xhtml");
            Browser.type(page, "form:code", code);
            assertThat(Browser.click(page, "form:register").asNormalizedText())
                    .contains("Ce code ne correspond à aucune séance en cours pour vous.");
        }
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage sheet = claire.open("schedule/attendance.xhtml?session=" + session);
            int row = rowOf(sheet, "sheet:lines", "Anne Rivière");
            assertThat(sheet.getElementById("sheet:lines:" + row + ":status").asNormalizedText()).isEqualTo("Présent·e");
            assertThat(sheet.asNormalizedText()).contains("auto-émargement");
        }
    }

    /** The text of the form field block holding this input: its label, the input and the message next to it. */
    private static String fieldText(HtmlPage page, String id) {
        org.htmlunit.html.DomNode node = page.getElementById(id);
        while (node != null && !(node instanceof org.htmlunit.html.HtmlDivision div && div.getAttribute("class").contains("field"))) {
            node = node.getParentNode();
        }
        assertThat(node).as("field of " + id).isNotNull();
        return node.asNormalizedText();
    }

    private static long sessionId(Browser browser, String title) throws Exception {
        long cohort = Schedules.demoCohortId(browser);
        HtmlPage page = browser.open("schedule/cohort.xhtml?id=" + cohort).getAnchorByText(title).click();
        return Long.parseLong(page.getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private static int rowOf(HtmlPage page, String tableId, String text) {
        var rows = page.querySelectorAll("#" + tableId.replace(":", "\\:") + "_data tr");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).asNormalizedText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No row with " + text + " in " + tableId);
    }

    private static java.io.File file(String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "uploads-" + System.nanoTime()));
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toFile();
    }
}
