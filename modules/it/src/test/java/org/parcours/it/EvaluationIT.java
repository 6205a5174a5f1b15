package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.it.EvaluationFixture.*;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Evaluation against the real server and database: answering a session's questionnaire once, refusals
 * (closed, not a participant, missing score) as sentences, the reminder read from the test mail server
 * (only those who have not answered, once however often the job runs), the self-assessment grid
 * (default questions, edited until the first answer), exact results and response rates, the
 * questionnaire's window chosen per cohort, the Excel and CSV exports, and who may read them.
 */
class EvaluationIT extends ParcoursIT {

    private static final String ANNE = "anne.riviere@redon.demo.test";
    private static final String YANN = "yann.legoff@redon.demo.test";
    private static final String SOAZIG = "soazig.tanguy@redon.demo.test";

    @Test
    void a_participant_answers_once_and_the_reminder_goes_once_to_those_who_have_not() throws Exception {
        String title = "Atelier évalué " + System.nanoTime();
        long session = redonSession(title, 2);
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage form = anne.open("evaluation/session.xhtml?id=" + session);
            assertThat(form.getElementById("state").asNormalizedText()).startsWith("Le questionnaire est ouvert jusqu");
            score(form, "feedbackForm:usefulness", 4);
            score(form, "feedbackForm:satisfaction", 5);
            Schedules.typeText(form, "feedbackForm:toApply", "Cartographier les acteurs");
            HtmlPage saved = Browser.click(form, "feedbackForm:send");
            assertThat(saved.asNormalizedText()).contains("Merci, votre avis est enregistré.",
                    "Vous avez répondu à ce questionnaire.");
            assertThat(saved.getElementById("feedbackForm")).isNull();
            // Once only: the page offers no second answer.
            assertThat(anne.open("evaluation/session.xhtml?id=" + session).getElementById("feedbackForm")).isNull();
        }
        assertThat(answers(session)).isEqualTo(1);
        assertThat(TestData.id("select count(*) from session_feedback where session_id = ? and usefulness = 4"
                + " and satisfaction = 5 and to_apply = 'Cartographier les acteurs'", session)).isEqualTo(1);
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage page = marc.open("evaluation/session.xhtml?id=" + session);
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.getElementById("feedbackForm")).isNull();
            assertThat(page.getElementById("state").asNormalizedText()).contains("aux membres des équipes qui ont participé");
        }

        // Three days after the end the reminder is due: Yann and Soazig have not answered, Anne has.
        TestData.update("update path_session set starts_at = ?, ends_at = ? where id = ?",
                utcNow().minusDays(4).minusHours(2), utcNow().minusDays(4), session);
        assertThat(post("api/evaluation/reminders", "claire").statusCode()).isEqualTo(403);
        int before = TestMail.received().size();
        HttpResponse<String> run = post("api/evaluation/reminders", "admin");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(TestMail.awaitMessages(before + 2)).isTrue();
        assertThat(reminded(title)).containsExactlyInAnyOrder(YANN, SOAZIG).doesNotContain(ANNE);
        MimeMessage reminder = TestMail.received().stream().filter(m -> subject(m).contains(title)).findFirst().orElseThrow();
        assertThat(subject(reminder)).startsWith("Votre avis sur la séance : " + title);
        assertThat(reminder.getContent().toString()).contains("prend deux minutes", "takes two minutes");

        // The job runs again (and again): nobody is reminded twice.
        assertThat(post("api/evaluation/reminders", "admin").statusCode()).isEqualTo(200);
        assertThat(post("api/evaluation/reminders", "admin").statusCode()).isEqualTo(200);
        Thread.sleep(1500);
        assertThat(reminded(title)).hasSize(2);
        assertThat(TestData.id("select count(*) from job_run where job = 'evaluation.feedback-reminder' and period = ?",
                "session-" + session)).isEqualTo(1);
    }

    @Test
    void facilitators_choose_how_many_days_questionnaires_stay_open_and_the_reminder_follows() throws Exception {
        long demo = TestData.demoCohort();
        String title = "Atelier bref " + System.nanoTime();
        try {
            try (Browser claire = new Browser(base)) {
                claire.signIn("claire", "parcours");
                HtmlPage grid = claire.open("evaluation/grid.xhtml?cohort=" + demo);
                assertThat(grid.getElementById("window:days").getAttribute("value")).isEqualTo("7");
                Browser.type(grid, "window:days", "45");
                HtmlPage refused = Browser.click(grid, "window:save");
                assertThat(refused.getElementById("window:days").getParentNode().asNormalizedText())
                        .contains("Choisissez un nombre de jours entre 1 et 30.");
                assertThat(TestData.id("select questionnaire_days from cohort where id = ?", demo)).isEqualTo(7);
                Browser.type(refused, "window:days", "2");
                HtmlPage saved = Browser.click(refused, "window:save");
                assertThat(saved.asNormalizedText())
                        .contains("Les questionnaires restent désormais ouverts 2 jours après chaque séance.");
            }
            assertThat(TestData.id("select questionnaire_days from cohort where id = ?", demo)).isEqualTo(2);
            // Partners and territory teams do not change it.
            try (Browser paul = new Browser(base)) {
                paul.signIn("paul", "parcours");
                assertThat(paul.open("evaluation/grid.xhtml?cohort=" + demo).getWebResponse().getStatusCode()).isEqualTo(403);
            }
            // Ended three days ago: closed after two days, though the default week would still be running.
            long closed = redonSession("Atelier clos " + System.nanoTime(), 3);
            // Ended thirty hours ago: still open, and the reminder is due halfway (after one day, not three).
            long open = redonSession(title, 1);
            TestData.update("update path_session set starts_at = ?, ends_at = ? where id = ?",
                    utcNow().minusHours(32), utcNow().minusHours(30), open);
            try (Browser anne = new Browser(base)) {
                anne.signIn("anne", "parcours");
                assertThat(anne.open("evaluation/session.xhtml?id=" + closed).getElementById("state").asNormalizedText())
                        .startsWith("Le questionnaire est clos depuis le");
                HtmlPage form = anne.open("evaluation/session.xhtml?id=" + open);
                assertThat(form.getElementById("state").asNormalizedText()).startsWith("Le questionnaire est ouvert jusqu");
                assertThat(form.getElementById("feedbackForm")).isNotNull();
            }
            int before = TestMail.received().size();
            assertThat(post("api/evaluation/reminders", "admin").statusCode()).isEqualTo(200);
            assertThat(TestMail.awaitMessages(before + 3)).isTrue();
            assertThat(reminded(title)).containsExactlyInAnyOrder(ANNE, YANN, SOAZIG);
        } finally {
            TestData.update("update cohort set questionnaire_days = 7 where id = ?", demo);
        }
    }

    @Test
    void evaluation_tables_export_as_excel_and_csv_for_results_readers_only() throws Exception {
        long demo = TestData.demoCohort();
        Download xlsx = download("claire", "exports/evaluation/assessment.xlsx?cohort=" + demo);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Auto-évaluation par équipe");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mi-parcours");
            // The demo's first team: mid (2+1+1+1)/4 = 1.25, end (3+3+2+2)/4 = 2.50, progress 1.25.
            Row first = sheet.getRow(1);
            assertThat(List.of(first.getCell(1).getNumericCellValue(), first.getCell(2).getNumericCellValue(),
                    first.getCell(3).getNumericCellValue())).containsExactly(1.25, 2.5, 1.25);
            // The whole cohort last: 41 points over 24 answers at mid-path (1.71), 46 over 16 at the end (2.88).
            Row cohort = sheet.getRow(sheet.getLastRowNum());
            assertThat(cohort.getCell(0).getStringCellValue()).isEqualTo("Toute la cohorte");
            assertThat(cohort.getCell(1).getNumericCellValue()).isEqualTo(1.71);
            assertThat(cohort.getCell(2).getNumericCellValue()).isEqualTo(2.88);
        }
        List<CSVRecord> rates = csv(download("admin", "exports/evaluation/rates.csv?cohort=" + demo));
        assertThat(rates).extracting(r -> r.get("Réponses") + "/" + r.get("Pouvaient répondre") + "=" + r.get("Taux de réponse (%)"))
                .endsWith("6/12=50", "4/12=33");
        assertThat(rates.get(1).get("Évaluation")).isEqualTo("Auto-évaluation de la démarche de co-construction · Mi-parcours");
        List<CSVRecord> english = csv(download("paul", "exports/evaluation/rates.csv?cohort=" + demo + "&lang=en"));
        assertThat(english.get(2).get("Evaluation")).endsWith("End of path");
        // Territory teams, a partner of another cohort: refused; unknown cohort or table: not found.
        assertThat(download("anne", "exports/evaluation/rates.csv?cohort=" + demo).status()).isEqualTo(403);
        assertThat(download("marc", "exports/evaluation/assessment.xlsx?cohort=" + demo).status()).isEqualTo(403);
        assertThat(download("paul", "exports/evaluation/rates.csv?cohort=" + TestData.lensOnlyCohort()).status())
                .isEqualTo(403);
        assertThat(download("admin", "exports/evaluation/rates.csv?cohort=999999").status()).isEqualTo(404);
        assertThat(download("admin", "exports/evaluation/secrets.csv?cohort=" + demo).status()).isEqualTo(404);
        assertThat(download("admin", "exports/evaluation/rates.csv?cohort=abc").status()).isEqualTo(400);
        // The results page links every table.
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            assertThat(paul.open("evaluation/results.xhtml?cohort=" + demo).getElementById("evaluationExports")
                    .getElementsByTagName("a")).hasSize(10);
        }
    }

    @Test
    void answers_are_refused_with_a_sentence_when_closed_not_a_participant_or_incomplete() throws Exception {
        long closing = redonSession("Atelier qui se clôt " + System.nanoTime(), 1);
        long moved = redonSession("Atelier réservé à Lens " + System.nanoTime(), 1);
        long incomplete = redonSession("Atelier incomplet " + System.nanoTime(), 1);
        long upcoming = redonSession("Atelier à venir " + System.nanoTime(), -2);
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            // Opened while open, sent once closed (seven days after the end).
            HtmlPage form = anne.open("evaluation/session.xhtml?id=" + closing);
            score(form, "feedbackForm:usefulness", 3);
            score(form, "feedbackForm:satisfaction", 3);
            TestData.update("update path_session set starts_at = ?, ends_at = ? where id = ?",
                    utcNow().minusDays(8).minusHours(2), utcNow().minusDays(8), closing);
            assertThat(Browser.click(form, "feedbackForm:send").asNormalizedText()).contains("Le questionnaire est clos.");
            assertThat(answers(closing)).isZero();
            assertThat(anne.open("evaluation/session.xhtml?id=" + closing).getElementById("state").asNormalizedText())
                    .startsWith("Le questionnaire est clos depuis le");

            // Opened as a participant, sent after the session was given to Lens alone.
            HtmlPage other = anne.open("evaluation/session.xhtml?id=" + moved);
            score(other, "feedbackForm:usefulness", 5);
            score(other, "feedbackForm:satisfaction", 5);
            TestData.update("update session_territory set territory_id = ? where session_id = ?",
                    TestData.territory("Ville de Lens"), moved);
            assertThat(Browser.click(other, "feedbackForm:send").asNormalizedText())
                    .contains("Seuls les membres des équipes qui participent à la séance y répondent.");
            assertThat(answers(moved)).isZero();

            // A score left out: the sentence stands next to the field.
            HtmlPage missing = anne.open("evaluation/session.xhtml?id=" + incomplete);
            score(missing, "feedbackForm:satisfaction", 2);
            HtmlPage refused = Browser.click(missing, "feedbackForm:send");
            assertThat(refused.getElementById("feedbackForm:usefulness").getParentNode().asNormalizedText())
                    .contains("Ce champ est obligatoire.");
            assertThat(answers(incomplete)).isZero();

            HtmlPage early = anne.open("evaluation/session.xhtml?id=" + upcoming);
            assertThat(early.getElementById("feedbackForm")).isNull();
            assertThat(early.getElementById("state").asNormalizedText()).contains("ouvrira à la fin de la séance");
        }
    }

    @Test
    void the_grid_starts_with_the_default_questions_and_is_edited_until_the_first_answer() throws Exception {
        long cohort = TestData.lensOnlyCohort();
        long lens = TestData.territory("Ville de Lens");
        try (Browser admin = new Browser(base)) {
            admin.signIn("admin", "parcours");
            HtmlPage grid = admin.open("evaluation/grid.xhtml?cohort=" + cohort);
            String questions = grid.getElementById("questions").asNormalizedText();
            assertThat(questions).contains("Les besoins du territoire sont identifiés", "Les partenaires",
                    "Des solutions sont co-construites", "Les résultats de la démarche sont mesurés");
            assertThat(grid.getElementById("questions").getChildElementCount()).isEqualTo(4);
            assertThat(((org.htmlunit.html.HtmlSelect) grid.getElementById("form:scaleMax")).getSelectedOptions().get(0)
                    .getValueAttribute()).isEqualTo("4");

            Browser.type(grid, "form:questions:0:text", "x".repeat(301));
            HtmlPage tooLong = Browser.click(grid, "form:save");
            assertThat(tooLong.getElementById("form:questions:0:text").getParentNode().asNormalizedText())
                    .contains("Ce champ doit compter entre 0 et 300 caractères.");

            HtmlPage again = admin.open("evaluation/grid.xhtml?cohort=" + cohort);
            Browser.type(again, "form:questions:3:text", "Les résultats sont mesurés avec les habitants");
            Browser.type(again, "form:questions:4:text", "Les habitants sont associés à la démarche");
            Schedules.select(again, "form:scaleMax", "5");
            HtmlPage saved = Browser.click(again, "form:save");
            assertThat(saved.asNormalizedText()).contains("Les questions sont enregistrées.");
            assertThat(saved.getElementById("questions").getChildElementCount()).isEqualTo(5);
            assertThat(saved.getElementById("questions").asNormalizedText())
                    .contains("Les résultats sont mesurés avec les habitants", "Les habitants sont associés");
            Browser.click(saved, "rounds:openMid");
        }
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage form = marc.open("evaluation/assessment.xhtml?cohort=" + cohort + "&territory=" + lens + "&round=MID");
            int[] mid = {1, 2, 3, 4, 2};
            for (int i = 0; i < mid.length; i++) {
                score(form, "form:answers:" + i + ":score", mid[i]);
            }
            Schedules.typeText(form, "form:answers:0:comment", "Diagnostic à partager");
            assertThat(Browser.click(form, "form:save").asNormalizedText())
                    .contains("L'auto-évaluation de l'équipe est enregistrée.");
        }
        try (Browser admin = new Browser(base)) {
            admin.signIn("admin", "parcours");
            HtmlPage frozen = admin.open("evaluation/grid.xhtml?cohort=" + cohort);
            assertThat(frozen.getElementById("form")).isNull();
            assertThat(frozen.getElementById("frozen").asNormalizedText()).contains("les questions ne changent plus");
            Browser.click(frozen, "rounds:openEnd");
        }
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage form = marc.open("evaluation/assessment.xhtml?cohort=" + cohort + "&territory=" + lens + "&round=END");
            int[] end = {3, 3, 4, 4, 3};
            for (int i = 0; i < end.length; i++) {
                score(form, "form:answers:" + i + ":score", end[i]);
            }
            Browser.click(form, "form:save");
        }
        // Lens: mid-path (1+2+3+4+2)/5 = 2.40, end (3+3+4+4+3)/5 = 3.40, one point of progress.
        try (Browser admin = new Browser(base)) {
            admin.signIn("admin", "parcours");
            String row = table(admin.open("evaluation/results.xhtml?cohort=" + cohort), "territoryScores");
            assertThat(row).contains("Ville de Lens 2,40 3,40 1,00");
            // The same figures appear in the cohort's progress dashboard, next to the facts.
            HtmlPage dashboard = admin.open("monitoring/cohort.xhtml?id=" + cohort);
            assertThat(table(dashboard, "evaluationScores")).contains("Ville de Lens 2,40 3,40 1,00");
            // Its only team filled both rounds; no session, so no questionnaire rate.
            assertThat(dashboard.getElementById("evaluationRates").asNormalizedText()).isEqualTo(
                    "Équipes qui ont rempli l'auto-évaluation : Mi-parcours : 1 / 1 (100 %) · Fin de parcours : 1 / 1 (100 %)"
                    + " · Taux de réponse aux questionnaires (participants présents qui ont répondu) : –");
            // The dashboard across cohorts compares the cohorts' evaluation: this cohort, Lens its only team.
            HtmlPage overview = admin.open("monitoring/index.xhtml?cohort=" + cohort);
            assertThat(table(overview, "evaluationCohorts"))
                    .contains("Cohorte de Lens seule 2040 2,40 / 5 3,40 / 5 1,00 0 – –");
            // Lens's own progress page shows its scores question by question beside the facts.
            HtmlPage progress = admin.open("monitoring/territory.xhtml?id=" + lens + "&cohort=" + cohort);
            assertThat(table(progress, "assessment")).contains(
                    "Les besoins du territoire sont identifiés avec les acteurs concernés 1 3",
                    "Les habitants sont associés à la démarche 2 3",
                    "Moyenne de l’équipe 2,40 3,40");
            assertThat(progress.getElementById("assessmentProgress").asNormalizedText()).isEqualTo("Évolution : 1,00");
            assertThat(progress.asNormalizedText()).doesNotContain("Diagnostic à partager");
        }
        // The same comparison as a file, with the period-independent figures.
        CSVRecord compared = csv(download("admin", "exports/progress/evaluation.csv?cohort=" + cohort)).get(0);
        assertThat(List.of(compared.get("Cohorte"), compared.get("Échelle"), compared.get("Mi-parcours"),
                compared.get("Fin de parcours"), compared.get("Évolution"), compared.get("Réponses aux questionnaires")))
                .containsExactly("Cohorte de Lens seule 2040", "5", "2.40", "3.40", "1.00", "0");
        try (Browser marc = new Browser(base)) {
            // The team reads its own self-assessment on its progress page.
            marc.signIn("marc", "parcours");
            HtmlPage progress = marc.open("monitoring/territory.xhtml?id=" + lens + "&cohort=" + cohort);
            assertThat(progress.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(table(progress, "assessment")).contains("Moyenne de l’équipe 2,40 3,40");
        }
        String json = body(Http.getAs(base, "api/evaluation/cohorts/" + cohort, "admin"));
        assertThat(json).contains("\"scaleMax\":5", "\"mid\":2.4", "\"end\":3.4", "\"progress\":1",
                "\"midScores\":[1,2,3,4,2]", "\"endScores\":[3,3,4,4,3]");
        // Comments stay with the team and the organisers: never in the results.
        assertThat(json).doesNotContain("Diagnostic à partager");
        // Another team and the partner read neither this team's self-assessment nor these results.
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            assertThat(anne.open("evaluation/assessment.xhtml?cohort=" + TestData.demoCohort() + "&territory=" + lens
                    + "&round=MID").getWebResponse().getStatusCode()).isEqualTo(403);
        }
        assertThat(Http.getAs(base, "api/evaluation/cohorts/" + cohort, "paul").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "api/evaluation/cohorts/" + cohort, "marc").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "api/evaluation/cohorts/999999", "admin").statusCode()).isEqualTo(404);
        assertThat(Http.getAs(base, "api/evaluation/cohorts/abc", "admin").statusCode()).isEqualTo(400);
    }

    @Test
    void results_are_exact_and_partners_see_figures_without_free_text() throws Exception {
        String title = "Atelier mesuré " + System.nanoTime();
        String secret = "Une idée à ne pas attribuer " + UUID.randomUUID();
        long session = redonSession(title, 1);
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage form = anne.open("evaluation/session.xhtml?id=" + session);
            score(form, "feedbackForm:usefulness", 4);
            score(form, "feedbackForm:satisfaction", 5);
            Schedules.typeText(form, "feedbackForm:toApply", secret);
            Browser.click(form, "feedbackForm:send");
        }
        // A second participant's answer: usefulness (4+3)/2 = 3.50, satisfaction (5+4)/2 = 4.50.
        long yann = TestData.id("select id from member where email = ?", YANN);
        TestData.update("insert into session_feedback (session_id, territory_id, member_id, usefulness, satisfaction,"
                + " answered_at) values (?, ?, ?, 3, 4, ?)", session, TestData.territory("Redon"), yann, utcNow());
        // Anne and Soazig were present, Yann late: two of the three attendees answered, 67 %.
        attended(session, ANNE, "PRESENT");
        attended(session, YANN, "LATE");
        attended(session, SOAZIG, "PRESENT");
        long demo = TestData.demoCohort();
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            HtmlPage results = paul.open("evaluation/results.xhtml?cohort=" + demo);
            assertThat(results.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(table(results, "sessionScores")).contains(title).containsPattern(
                    java.util.regex.Pattern.quote(title) + " · [^\\n]*2 3,50 4,50 2 / 3 \\(67 %\\)");
            // Six of the demo's twelve teams filled the mid-path round, four the end.
            assertThat(results.getElementById("assessmentRates").asNormalizedText())
                    .endsWith("Mi-parcours : 6 / 12 (50 %) · Fin de parcours : 4 / 12 (33 %)");
            // The demo's self-assessments give figures to compare (first team: mid 1.25, end 2.50).
            assertThat(table(results, "territoryScores")).contains("1,25 2,50 1,25");
            assertThat(results.asNormalizedText()).doesNotContain(secret);
            // The partner's dashboard compares its cohorts' evaluation with the same questionnaire
            // figures as the cohort's own dashboard (computed per territory there, per cohort here).
            HtmlPage overview = paul.open("monitoring/index.xhtml");
            String heading = results.getElementsByTagName("h1").get(0).asNormalizedText();
            String cohortName = heading.substring(heading.indexOf(" · ") + 3);
            String feedback = paul.open("monitoring/cohort.xhtml?id=" + demo).getElementById("evaluationFeedback")
                    .asNormalizedText();
            java.util.regex.Matcher averages = java.util.regex.Pattern
                    .compile("Utilité \\(sur 5\\) : (\\S+) · Satisfaction \\(sur 5\\) : (\\S+)").matcher(feedback);
            assertThat(averages.find()).as(feedback).isTrue();
            assertThat(table(overview, "evaluationCohorts")).containsPattern(java.util.regex.Pattern.quote(cohortName)
                    + " [^\\n]* \\d+ " + java.util.regex.Pattern.quote(averages.group(1)) + " "
                    + java.util.regex.Pattern.quote(averages.group(2)));
            assertThat(overview.asNormalizedText()).doesNotContain(secret);
            HtmlPage page = paul.open("evaluation/session.xhtml?id=" + session);
            assertThat(page.getElementById("usefulnessAverage").asNormalizedText()).isEqualTo("3,50");
            assertThat(page.getElementById("satisfactionAverage").asNormalizedText()).isEqualTo("4,50");
            assertThat(page.asNormalizedText()).doesNotContain(secret);
        }
        // The same tables as files for the partner: figures and rates, never the free text.
        List<CSVRecord> sessions = csv(download("paul", "exports/evaluation/sessions.csv?cohort=" + demo));
        CSVRecord row = sessions.stream().filter(r -> r.get("Séance").equals(title)).findFirst().orElseThrow();
        assertThat(List.of(row.get("Réponses"), row.get("Utilité (sur 5)"), row.get("Satisfaction (sur 5)"),
                row.get("Présents"), row.get("Présents ayant répondu"), row.get("Taux de réponse (%)")))
                .containsExactly("2", "3.50", "4.50", "3", "2", "67");
        for (String table : List.of("assessment", "questions", "sessions", "feedback", "rates")) {
            assertThat(new String(download("paul", "exports/evaluation/" + table + ".csv?cohort=" + demo).body(),
                    StandardCharsets.UTF_8)).doesNotContain(secret);
        }
        assertThat(new String(download("paul", "exports/progress/evaluation.csv").body(), StandardCharsets.UTF_8))
                .doesNotContain(secret);
        // A cohort the partner does not follow is neither compared nor exported for him.
        assertThat(download("paul", "exports/progress/evaluation.csv?cohort=" + TestData.lensOnlyCohort()).status())
                .isEqualTo(403);
        String json = body(Http.getAs(base, "api/evaluation/cohorts/" + demo, "paul"));
        assertThat(json).contains("\"title\":\"" + title + "\"", "\"usefulness\":3.5", "\"satisfaction\":4.5",
                "\"responseRate\":{\"answered\":2,\"expected\":3,\"percent\":67}",
                "\"midResponseRate\":{\"answered\":6,\"expected\":12,\"percent\":50}",
                "\"endResponseRate\":{\"answered\":4,\"expected\":12,\"percent\":33}")
                .doesNotContain(secret);
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage page = claire.open("evaluation/session.xhtml?id=" + session);
            assertThat(page.getElementById("toApplyList").asNormalizedText()).contains(secret).doesNotContain("Anne");
        }
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            // Territory members answer; the cohort's figures are for organisers and partners.
            assertThat(anne.open("evaluation/results.xhtml?cohort=" + demo).getWebResponse().getStatusCode()).isEqualTo(403);
            HtmlPage page = anne.open("evaluation/session.xhtml?id=" + session);
            assertThat(page.getElementById("scores")).isNull();
            assertThat(page.asNormalizedText()).doesNotContain(secret);
        }
    }

    private Download download(String username, String path) throws Exception {
        return EvaluationFixture.download(base, username, path);
    }

    private HttpResponse<String> post(String path, String username) throws Exception {
        return EvaluationFixture.post(base, path, username);
    }
}
