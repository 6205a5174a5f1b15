package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/**
 * Co-development confidentiality through every page and endpoint, for each kind of reader; learning
 * visit places under concurrent registration, and the promotion of the first person waiting.
 */
class CoDevAndVisitsIT extends ParcoursIT {

    private static final String SUBJECT = "Notre ressourcerie perd sa subvention";
    private static final String SUGGESTION = "un poste est partagé entre la régie de quartier";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void partners_other_territories_and_admins_see_only_that_a_session_took_place() throws Exception {
        long session = pastCoDevSession();
        otherTerritoryAccount();
        for (String reader : new String[] {"paul", "lucie", "admin"}) {
            HttpResponse<String> content = get("api/codev/sessions/" + session + "/content", reader);
            assertThat(content.statusCode()).as(reader).isEqualTo(403);
            assertThat(content.body()).doesNotContain(SUBJECT);
            HttpResponse<String> summary = get("api/codev/sessions/" + session, reader);
            assertThat(summary.statusCode()).as(reader).isEqualTo(200);
            assertThat(summary.body()).contains("\"participants\":4", "FINISHED").doesNotContain(SUBJECT);
            try (Browser browser = new Browser(base)) {
                browser.signIn(reader, "parcours");
                HtmlPage page = browser.open("codev/session.xhtml?id=" + session);
                assertThat(page.getWebResponse().getStatusCode()).as(reader).isEqualTo(200);
                String text = page.asNormalizedText();
                assertThat(text).as(reader).contains("A eu lieu", "confidentiel")
                        .doesNotContain(SUBJECT).doesNotContain(SUGGESTION).doesNotContain("Présenter la note au bureau");
                assertThat(page.getElementById("participantCount").getTextContent().strip()).isEqualTo("4");
                HtmlPage group = browser.open("codev/group.xhtml?id=" + groupOf(session));
                assertThat(group.asNormalizedText()).as(reader).doesNotContain("Julie Faure").doesNotContain(SUBJECT);
            }
        }
    }

    @Test
    void the_group_and_its_facilitators_read_the_content_and_the_rotation() throws Exception {
        long session = pastCoDevSession();
        for (String reader : new String[] {"anne", "marc", "claire"}) {
            HttpResponse<String> content = get("api/codev/sessions/" + session + "/content", reader);
            assertThat(content.statusCode()).as(reader).isEqualTo(200);
            assertThat(content.body()).contains(SUBJECT, SUGGESTION);
            try (Browser browser = new Browser(base)) {
                browser.signIn(reader, "parcours");
                String text = browser.open("codev/session.xhtml?id=" + session).asNormalizedText();
                assertThat(text).as(reader).contains(SUBJECT, SUGGESTION, "Présenter la note au bureau", "(partageable)");
                String group = browser.open("codev/group.xhtml?id=" + groupOf(session)).asNormalizedText();
                assertThat(group).as(reader).contains("Tour de rôle des clients", "Julie Faure", "Déjà client");
            }
        }
        // Anne's commitment is past its deadline without a report: her page says so.
        try (Browser browser = new Browser(base)) {
            browser.signIn("anne", "parcours");
            assertThat(browser.open("codev/index.xhtml?cohort=" + demoCohort()).asNormalizedText())
                    .contains("Mes engagements", "Présenter la note au bureau", "En retard");
        }
    }

    @Test
    void the_previous_client_s_commitment_is_reported_once_at_the_next_session() throws Exception {
        long held = pastCoDevSession();
        // The group's next session, whatever became of it in the other tests.
        long next = single("select c.id from codev_session c join path_session s on s.id = c.session_id"
                + " where c.group_id = " + groupOf(held) + " and s.starts_at > (select p.starts_at from path_session p"
                + " join codev_session h on h.session_id = p.id where h.id = " + held + ") order by s.starts_at limit 1");
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage page = browser.open("codev/session.xhtml?id=" + next);
            assertThat(page.getHtmlElementById("runner:followUp").getTextContent()).contains("Présenter la note au bureau");
            HtmlSelect outcome = page.getHtmlElementById("runner:outcome_input");
            outcome.setSelectedAttribute("PARTLY", true);
            Browser.type(page, "runner:comment", "Note présentée, vote au prochain bureau");
            page = Browser.click(page, "runner:report");
            assertThat(page.getHtmlElementById("runner:reported").getTextContent())
                    .contains("Tenu en partie", "Note présentée, vote au prochain bureau");
            assertThat(page.getElementById("runner:report")).as("said once").isNull();
            assertThat(single("select count(*) from codev_session where id = " + held + " and commitment_outcome = 'PARTLY'"
                    + " and commitment_comment = 'Note présentée, vote au prochain bureau'"
                    + " and commitment_reported_at is not null and commitment_due is not null")).isEqualTo(1);
        } finally {
            // Other tests read the demo as it was made: Anne's commitment overdue and not reported.
            TestData.update("update codev_session set commitment_outcome = null, commitment_comment = null,"
                    + " commitment_reported_at = null where id = ?", held);
        }
    }

    @Test
    void only_the_cohort_facilitators_run_a_session_and_steps_follow_their_order() throws Exception {
        long next = plannedCoDevSession();
        try (Browser browser = new Browser(base)) {
            browser.signIn("marc", "parcours");
            HtmlPage page = browser.open("codev/session.xhtml?id=" + next);
            assertThat(page.getElementById("runner:start")).isNull();
            // Marc is the client: he submits his subject.
            ((org.htmlunit.html.HtmlTextArea) page.getHtmlElementById("runner:subject"))
                    .setText("Le club d'entreprises ne vient plus aux réunions");
            page = Browser.click(page, "runner:submitSubject");
            assertThat(page.getElementById("subjectText").getTextContent()).contains("club d'entreprises");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage page = browser.open("codev/session.xhtml?id=" + next);
            assertThat(page.asNormalizedText()).contains("Démarrer avec les présents", "club d'entreprises");
            page = Browser.click(page, "runner:start");
            assertThat(page.getElementById("currentStep").getTextContent()).contains("1/6");
            page = Browser.click(page, "runner:advance");
            assertThat(page.getElementById("currentStep").getTextContent()).contains("2/6");
            assertThat(page.getElementById("stepRule").getTextContent()).contains("Questions de faits uniquement, aucun conseil.");
            page = Browser.click(page, "runner:advance");
            // Step 3 cannot be left without the request and the contract.
            page = Browser.click(page, "runner:advance");
            assertThat(page.asNormalizedText()).contains("La demande et le contrat sont nécessaires avant la consultation.");
            assertThat(page.getElementById("currentStep").getTextContent()).contains("3/6");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn("paul", "parcours");
            assertThat(browser.open("codev/session.xhtml?id=" + next).asNormalizedText()).doesNotContain("club d'entreprises");
        }
    }

    @Test
    void fifty_people_registering_at_once_for_ten_places_leave_exactly_ten_registered_and_forty_waiting_in_order()
            throws Exception {
        long visit = visitWithPlaces(10);
        List<Long> visitors = visitors(50);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (long member : visitors) {
            calls.add(http.sendAsync(request("api/visits/" + visit + "/registrations?member=" + member, "claire")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int registered = 0;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            if (response.body().contains("\"REGISTERED\"")) {
                registered++;
            }
        }
        assertThat(registered).isEqualTo(10);
        try (Connection db = db(); Statement sql = db.createStatement()) {
            assertThat(arrivals(sql, visit, "REGISTERED")).containsExactlyElementsOf(range(1, 10));
            assertThat(arrivals(sql, visit, "WAITING")).containsExactlyElementsOf(range(11, 50));
        }

        // A cancellation gives the place to the first one waiting (arrival 11).
        long first = memberAt(visit, 1);
        long eleventh = memberAt(visit, 11);
        HttpResponse<String> cancelled = http.send(request("api/visits/" + visit + "/registrations/" + first, "claire")
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cancelled.statusCode()).isEqualTo(204);
        HttpResponse<String> after = get("api/visits/" + visit, "claire");
        assertThat(after.body()).contains("\"memberId\":" + eleventh + ",");
        try (Connection db = db(); Statement sql = db.createStatement()) {
            assertThat(arrivals(sql, visit, "REGISTERED")).hasSize(10).contains(11).doesNotContain(1);
            assertThat(arrivals(sql, visit, "WAITING")).containsExactlyElementsOf(range(12, 50));
        }
        // Someone outside the cohort's facilitators cannot register others.
        assertThat(http.send(request("api/visits/" + visit + "/registrations?member=" + first, "paul")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void visits_show_their_places_the_matrix_and_the_host_reads_the_debriefs() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("marc", "parcours");
            HtmlPage list = browser.open("visits/index.xhtml?cohort=" + demoCohort());
            assertThat(list.asNormalizedText()).contains("Groupement d'employeurs du bassin minier", "Qui a visité qui");
            HtmlPage visit = list.getAnchorByText("Groupement d'employeurs du bassin minier").click();
            // Marc is of Lens, the host: he reads Anne's debrief.
            assertThat(visit.asNormalizedText()).contains("Retours des visiteurs", "Réunir nos entreprises");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn("paul", "parcours");
            HtmlPage visit = browser.open("visits/index.xhtml?cohort=" + demoCohort()).getAnchorByText("Groupement d'employeurs du bassin minier").click();
            assertThat(visit.asNormalizedText()).doesNotContain("Réunir nos entreprises");
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add(i);
        }
        return list;
    }

    private static List<Integer> arrivals(Statement sql, long visit, String status) throws SQLException {
        List<Integer> list = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select arrival from visit_registration where visit_id = " + visit
                + " and status = '" + status + "' order by arrival")) {
            while (rows.next()) {
                list.add(rows.getInt(1));
            }
        }
        return list;
    }

    private long memberAt(long visit, int arrival) throws SQLException {
        return single("select member_id from visit_registration where visit_id = " + visit + " and arrival = " + arrival);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":parcours").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("parcours.it.db.url"),
                System.getProperty("parcours.it.db.user"), System.getProperty("parcours.it.db.password"));
    }

    private static long single(String query) throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getLong(1);
        }
    }

    private static long pastCoDevSession() throws SQLException {
        return single("select id from codev_session where status = 'FINISHED' order by id limit 1");
    }

    private static long plannedCoDevSession() throws SQLException {
        return single("select id from codev_session where status = 'PLANNED' order by id limit 1");
    }

    private static long groupOf(long session) throws SQLException {
        return single("select group_id from codev_session where id = " + session);
    }

    /** A territory account of Grand Figeac, a territory of the cohort outside the demo group. */
    private static synchronized void otherTerritoryAccount() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert ignore into person (username, display_name, email, password_hash, active) "
                    + "select 'lucie', 'Lucie Bastide', 'lucie.bastide@figeac.demo.test', password_hash, true "
                    + "from person where username = 'anne'");
            sql.executeUpdate("insert ignore into person_role (person_id, role) "
                    + "select id, 'TERRITORY' from person where username = 'lucie'");
        }
    }

    /** A new visit of the demo cohort hosted by the Nièvre, open for registration. */
    private static long visitWithPlaces(int places) throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into learning_visit (cohort_id, host_id, proposed_by, theme, practice, starts_at, "
                    + "ends_at, venue_name, venue_address, programme, places, registration_deadline) "
                    + "select c.id, t.id, p.id, 'SKILLS', 'Visite test " + System.nanoTime() + "', "
                    + "utc_timestamp() + interval 30 day, utc_timestamp() + interval 30 day + interval 6 hour, "
                    + "'Salle', 'Adresse', 'Programme', " + places + ", utc_date() + interval 20 day "
                    + "from cohort c, territory t, person p where c.name like 'Parcours pilote%' "
                    + "and t.name = 'Département de la Nièvre' and p.username = 'claire'",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** That many new team members spread over the demo cohort's territories other than the Nièvre. */
    private static List<Long> visitors(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = db()) {
            List<Long> territories = new ArrayList<>();
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                    "select ct.territory_id from cohort_territory ct join cohort c on c.id = ct.cohort_id "
                            + "join territory t on t.id = ct.territory_id where c.name like 'Parcours pilote%' "
                            + "and t.name <> 'Département de la Nièvre' order by ct.territory_id")) {
                while (rows.next()) {
                    territories.add(rows.getLong(1));
                }
            }
            String stamp = Long.toString(System.nanoTime(), 36);
            try (PreparedStatement insert = db.prepareStatement("insert into member (territory_id, full_name, email, "
                    + "team_role) values (?, ?, ?, 'OFFICER')", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, territories.get(i % territories.size()));
                    insert.setString(2, "Visiteur " + i);
                    insert.setString(3, "visiteur" + i + "." + stamp + "@it.test");
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static long demoCohort() throws SQLException {
        return single("select id from cohort where name like 'Parcours pilote%'");
    }
}
