package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Personal data (GDPR): a person downloads all of theirs (and only theirs) as a ZIP of JSON and files,
 * from "Mes données" or the API; an admin erases a person after confirming, and everything that
 * identified them is anonymised while counts still add up; the retention period anonymises the
 * participants of cohorts closed long ago and spares everyone else. People of their own are created
 * here, so that other test classes keep the demo accounts as they are.
 */
class PersonalDataIT extends ParcoursIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_person_downloads_all_their_data_and_nobody_elses_as_json_and_files() throws Exception {
        Participant lea = Participant.create("lea.rgpd", "Léa Données", otherTerritory(0));
        byte[] report = ("%PDF-1.4 rapport de Léa " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        long submission = lea.handIn("Le travail de Léa", "rapport.pdf", report);

        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri("api/me/personal-data"))
                .header("Authorization", lea.basic()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("lea.rgpd"));
        Map<String, byte[]> zip = unzip(response.body());

        assertThat(zip).containsKeys("index.json", "profile/account.json", "profile/memberships.json",
                "attendance/attendance.json", "work/submissions.json", "work/submission-files.json",
                "codev/groups.json", "visits/registrations.json", "resources/marks.json", "speaking/takeaways.json",
                "audit/events.json");
        assertThat(text(zip, "index.json")).containsPattern("\"username\":\\s*\"lea.rgpd\"").contains("\"profile\"", "\"audit\"");
        assertThat(text(zip, "profile/account.json")).contains("Léa Données", "lea.rgpd@exemple.test", "TERRITORY")
                .doesNotContain("password", "pbkdf2");
        assertThat(text(zip, "profile/memberships.json")).contains(lea.territoryName, "Léa Données");
        assertThat(text(zip, "attendance/attendance.json")).containsPattern("\"session_id\":\\s*" + lea.attendedSession + "\\D")
                .contains("PRESENT");
        assertThat(text(zip, "work/submissions.json")).containsPattern("\"submission_id\":\\s*" + submission + "\\D")
                .contains("Le travail de Léa");
        assertThat(zip.get("work/files/" + submission + "-0-rapport.pdf")).isEqualTo(report);
        assertThat(text(zip, "resources/marks.json")).containsPattern("\"useful\":\\s*true");
        // Nobody else's data: not another team's member, not another person's account.
        String everything = String.join("\n", zip.keySet().stream().map(k -> text(zip, k)).toList());
        assertThat(everything).doesNotContain("anne.riviere", "Anne Rivière", "marc.dubois");

        // The same archive from the page "Mes données", with the browser's session.
        try (Browser browser = lea.browser(base)) {
            HtmlPage page = browser.open("me/data.xhtml");
            assertThat(page.asNormalizedText()).contains("Mes données", "36 mois");
            HtmlAnchor download = page.getHtmlElementById("download");
            Page archive = browser.client().getPage(page.getFullyQualifiedUrl(download.getHrefAttribute()));
            assertThat(archive.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(unzip(archive.getWebResponse().getContentAsStream().readAllBytes())).containsKey("profile/account.json");
        }
        assertThat(TestData.id("select count(*) from audit_event where action = 'PERSONAL_DATA_EXPORTED' and actor = ?",
                "lea.rgpd")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_archive_holds_the_persons_exchange_posts_and_directory_entry() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri("api/me/personal-data"))
                .header("Authorization", Personas.TERRITORY_A.basic()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, byte[]> zip = unzip(response.body());

        assertThat(zip).containsKeys("exchange/threads-started.json", "exchange/posts.json", "exchange/mentions.json",
                "exchange/directory-entry.json");
        // Anne's own demo post and the thread she started, her directory phone; not Marc's reply.
        assertThat(text(zip, "exchange/posts.json")).contains("Notre tiers-lieu finit sa deuxième année")
                .doesNotContain("la régie de quartier");
        assertThat(text(zip, "exchange/threads-started.json")).contains("Tiers-lieux");
        assertThat(text(zip, "exchange/directory-entry.json")).contains("02 99 71 00 00");
    }

    @Test
    void an_admin_erases_a_person_after_confirming_and_counts_still_add_up() throws Exception {
        Participant eric = Participant.create("eric.rgpd", "Éric Effacé", otherTerritory(1));
        byte[] content = ("%PDF-1.4 fichier d'Éric " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        eric.handIn("Le travail d'Éric", "eric.pdf", content);
        Path file = filesFolder().resolve(eric.storedFile);
        assertThat(file).exists();
        long attendanceBefore = attendanceCount(eric.attendedSession);
        TestData.update("insert into directory_entry (person_id, listed, phone, show_phone, updated_at)"
                + " values (?, true, '01 02 03 04 05', true, now(3))", eric.personId);
        assertThat(status("api/territories", eric.basic())).isEqualTo(200);

        try (Browser admin = Personas.ADMIN.browser(base)) {
            HtmlPage person = admin.open("admin/person.xhtml?id=" + eric.personId);
            assertThat(person.asXml()).contains("admin/erase.xhtml?id=" + eric.personId);
            HtmlPage confirm = admin.open("admin/erase.xhtml?id=" + eric.personId);
            assertThat(confirm.asNormalizedText()).contains("Éric Effacé", "eric.rgpd", "définitif");

            // A wrong confirmation changes nothing.
            Browser.type(confirm, "form:confirmation", "eric");
            HtmlPage refused = Browser.click(confirm, "form:erase");
            assertThat(refused.asNormalizedText()).contains("Saisissez exactement l'identifiant « eric.rgpd »");
            assertThat(TestData.id("select count(*) from person where id = ? and display_name = 'Éric Effacé'",
                    eric.personId)).isEqualTo(1);

            Browser.type(refused, "form:confirmation", "eric.rgpd");
            HtmlPage done = Browser.click(refused, "form:erase");
            String pseudonym = "Personne effacée n°" + eric.personId;
            assertThat(done.asNormalizedText()).contains(pseudonym, "Cette personne a été effacée.");
            assertThat(admin.open("admin/erase.xhtml?id=" + eric.personId).getWebResponse().getStatusCode()).isEqualTo(404);
        }

        Map<String, Object> account = row("select username, display_name, email, password_hash, active, erased_at,"
                + " (select count(*) from person_role r where r.person_id = p.id) as roles from person p where id = ?",
                eric.personId);
        assertThat(account.get("display_name")).isEqualTo("Personne effacée n°" + eric.personId);
        assertThat(account.get("username")).isEqualTo("erased-" + eric.personId);
        assertThat(account.get("email")).isEqualTo("erased-" + eric.personId + "@erased.invalid");
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("active")).isIn(false, 0, (byte) 0);
        assertThat(account.get("erased_at")).isNotNull();
        assertThat(((Number) account.get("roles")).longValue()).isZero();
        Map<String, Object> member = row("select full_name, email, organisation from member where id = ?", eric.memberId);
        assertThat(member.get("full_name")).isEqualTo("Personne effacée n°" + eric.personId);
        assertThat(member.get("email")).isEqualTo("erased-" + eric.personId + "@erased.invalid");
        assertThat(member.get("organisation")).isNull();
        // Attendance rows stay (counts add up), detached from the identity.
        assertThat(attendanceCount(eric.attendedSession)).isEqualTo(attendanceBefore);
        assertThat(TestData.id("select count(*) from attendance where member_id = ?", eric.memberId)).isEqualTo(1);
        assertThat(TestData.id("select count(*) from resource_mark where person_id = ?", eric.personId)).isEqualTo(1);
        // Files gone, from the disk and the submission; the name gone from everywhere.
        assertThat(file).doesNotExist();
        assertThat(TestData.id("select count(*) from submission_file where stored_name = ?", eric.storedFile)).isZero();
        assertThat(TestData.id("select count(*) from submission where submitted_by = 'eric.rgpd'")).isZero();
        assertThat(TestData.id("select count(*) from audit_event where actor = 'eric.rgpd' or subject like '%eric.rgpd%'"
                + " or detail like '%eric.rgpd%'")).isZero();
        assertThat(TestData.id("select count(*) from audit_event where action = 'PERSON_ERASED' and actor = 'admin'"
                + " and subject = ?", "person erased-" + eric.personId)).isEqualTo(1);
        assertThat(TestData.id("select count(*) from directory_entry where person_id = ?", eric.personId)).isZero();
        // Sign-in is disabled, by the old name and the new one.
        assertThat(status("api/territories", eric.basic())).isEqualTo(401);
        assertThat(status("api/territories", basic("erased-" + eric.personId))).isEqualTo(401);
    }

    @Test
    void the_retention_period_anonymises_participants_of_cohorts_closed_long_ago_and_spares_the_others()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestData.update("insert into territory (version, name, kind, region, demo) values (0, ?, 'MUNICIPALITY', 'Bretagne', false)",
                "Commune ancienne " + suffix);
        long territory = TestData.territory("Commune ancienne " + suffix);
        TestData.update("insert into cohort (version, name, start_date, end_date) values (0, ?, '2019-01-07', '2019-10-07')",
                "Cohorte close " + suffix);
        long cohort = TestData.id("select id from cohort where name = ?", "Cohorte close " + suffix);
        TestData.update("insert into cohort_territory (cohort_id, territory_id) values (?, ?)", cohort, territory);
        Participant odile = Participant.create("odile." + suffix, "Odile Ancienne", territory);
        TestData.update("insert into member (territory_id, full_name, email, team_role, organisation)"
                + " values (?, 'Sam Sanscompte', ?, 'ASSOCIATION', 'Association du bourg')", territory, "sam." + suffix + "@exemple.test");
        long sam = TestData.id("select id from member where email = ?", "sam." + suffix + "@exemple.test");
        Map<String, Object> anneBefore = row("select display_name, email from person where username = 'anne'");

        assertThat(postStatus("api/privacy/retention/runs", Personas.PARTNER.basic())).isEqualTo(403);
        HttpResponse<String> run = HTTP.send(HttpRequest.newBuilder(uri("api/privacy/retention/runs"))
                .header("Authorization", Personas.ADMIN.basic()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(run.body()).containsPattern("\"anonymised\":\\s*[1-9]");

        assertThat(row("select display_name, active from person where id = ?", odile.personId).get("display_name"))
                .isEqualTo("Personne effacée n°" + odile.personId);
        assertThat(row("select full_name, email from member where id = ?", odile.memberId).get("full_name"))
                .isEqualTo("Personne effacée n°" + odile.personId);
        Map<String, Object> samNow = row("select full_name, email, organisation from member where id = ?", sam);
        assertThat(samNow.get("full_name")).isEqualTo("Personne effacée n°m" + sam);
        assertThat(samNow.get("email")).isEqualTo("erased-m" + sam + "@erased.invalid");
        assertThat(TestData.id("select count(*) from attendance where member_id = ?", odile.memberId)).isEqualTo(1);
        assertThat(TestData.id("select count(*) from cohort where id = ? and personal_data_anonymised_at is not null",
                cohort)).isEqualTo(1);
        assertThat(TestData.id("select count(*) from audit_event where action = 'RETENTION_APPLIED' and actor = 'retention-job'"
                + " and subject like ?", "%" + cohort + "%")).isEqualTo(1);
        // People of cohorts still running are untouched.
        assertThat(row("select display_name, email from person where username = 'anne'")).isEqualTo(anneBefore);
        assertThat(status("api/territories", Personas.TERRITORY_A.basic())).isEqualTo(200);

        // A second run finds nothing left to do.
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(uri("api/privacy/retention/runs"))
                .header("Authorization", Personas.ADMIN.basic()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).containsPattern("\"anonymised\":\\s*0");
    }

    /** A person of their own in a team, present at a past session, with a useful mark on a resource. */
    private static final class Participant {
        long personId;
        long memberId;
        long territoryId;
        String territoryName;
        String username;
        long attendedSession;
        String storedFile;

        static Participant create(String username, String name, long territoryId) throws Exception {
            Participant p = new Participant();
            p.username = username;
            p.territoryId = territoryId;
            p.territoryName = (String) row("select name from territory where id = ?", territoryId).get("name");
            String email = username + "@exemple.test";
            TestData.update("insert into person (version, username, display_name, email, password_hash, active)"
                    + " select 0, ?, ?, ?, password_hash, true from person where username = 'anne'", username, name, email);
            p.personId = TestData.person(username);
            TestData.update("insert into person_role (person_id, role) values (?, 'TERRITORY')", p.personId);
            TestData.update("insert into member (territory_id, full_name, email, team_role, organisation)"
                    + " values (?, ?, ?, 'OFFICER', 'Mairie')", territoryId, name, email);
            p.memberId = TestData.id("select id from member where email = ?", email);
            p.attendedSession = TestData.id("select s.id from path_session s join cohort c on c.id = s.cohort_id"
                    + " where c.name like '%(démo)' and s.starts_at < utc_timestamp() order by s.starts_at limit 1");
            TestData.update("insert into attendance (version, session_id, member_id, status, marked_at, self_registered)"
                    + " values (0, ?, ?, 'PRESENT', utc_timestamp(), false)", p.attendedSession, p.memberId);
            TestData.update("insert into resource_mark (resource_id, person_id, read_at, useful) values (?, ?, utc_timestamp(), true)",
                    TestData.resource(), p.personId);
            return p;
        }

        /** A submission of their territory for the demo cohort's individual work, with one stored file. */
        long handIn(String body, String fileName, byte[] content) throws Exception {
            long assignment = TestData.id("select coalesce((select a.id from assignment a join path_session s"
                    + " on s.id = a.session_id join cohort c on c.id = s.cohort_id where c.name like '%(démo)' and not"
                    + " exists (select 1 from submission x where x.assignment_id = a.id and x.territory_id = ?)"
                    + " order by s.starts_at limit 1), 0)", territoryId);
            if (assignment == 0) {
                // Once the demo's only assignment is due, every demo team but a few has handed it in: set another.
                long session = TestData.id("select s.id from path_session s join cohort c on c.id = s.cohort_id"
                        + " where c.name like '%(démo)' and s.kind = 'INDIVIDUAL_WORK' and not exists"
                        + " (select 1 from assignment a where a.session_id = s.id) order by s.starts_at limit 1");
                TestData.update("insert into assignment (version, session_id, instructions, due_at)"
                        + " values (0, ?, 'Décrivez une action de votre territoire.', utc_timestamp())", session);
                assignment = TestData.id("select id from assignment where session_id = ?", session);
            }
            TestData.update("insert into submission (version, assignment_id, territory_id, body, submitted_at, late, submitted_by)"
                    + " values (0, ?, ?, ?, utc_timestamp(), false, ?)", assignment, territoryId, body, username);
            long submission = TestData.id("select id from submission where assignment_id = ? and territory_id = ?",
                    assignment, territoryId);
            storedFile = UUID.randomUUID().toString().replace("-", "");
            Files.createDirectories(filesFolder());
            Files.write(filesFolder().resolve(storedFile), content);
            TestData.update("insert into submission_file (submission_id, position, stored_name, file_name, content_type, size_bytes)"
                    + " values (?, 0, ?, ?, 'application/pdf', ?)", submission, storedFile, fileName, content.length);
            return submission;
        }

        String basic() {
            return PersonalDataIT.basic(username);
        }

        Browser browser(java.net.URL base) throws IOException {
            Browser browser = new Browser(base);
            HtmlPage home = browser.signIn(username, Personas.PASSWORD);
            assertThat(home.getUrl().getPath()).doesNotEndWith("/login.xhtml");
            return browser;
        }
    }

    /** A demo territory that the other test classes do not use (neither Redon nor Lens), by rank. */
    private static long otherTerritory(int rank) throws Exception {
        return TestData.id("select id from territory where demo = true and name not like '%Redon%' and name not like '%Lens%'"
                + " order by id desc limit 1 offset " + rank);
    }

    private static Path filesFolder() {
        return Path.of(System.getProperty("parcours.it.work"), "files");
    }

    private static long attendanceCount(long session) throws Exception {
        return TestData.id("select count(*) from attendance where session_id = ?", session);
    }

    static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + Personas.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    private int status(String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int postStatus(String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, Object> row(String sql, Object... parameters) throws Exception {
        try (Connection db = TestData.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                }
                return row;
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> zip, String name) {
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }
}
