package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

/** What {@link EvaluationIT} builds and reads: sessions, attendance, answers, mail, downloads. */
final class EvaluationFixture {

    private EvaluationFixture() {
    }

    record Download(int status, byte[] body) {
    }

    static Download download(URL base, String username, String path) throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn(username, "parcours");
            org.htmlunit.Page page = browser.client().getPage(new java.net.URL(base, path));
            return new Download(page.getWebResponse().getStatusCode(),
                    page.getWebResponse().getContentAsStream().readAllBytes());
        }
    }

    static List<CSVRecord> csv(Download download) throws Exception {
        assertThat(download.status()).isEqualTo(200);
        String text = new String(download.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    /** A remote workshop of the demo cohort for Pays de Redon alone, ended {@code daysAgo} days ago. */
    static long redonSession(String title, int daysAgo) throws Exception {
        LocalDateTime end = utcNow().minusDays(daysAgo);
        TestData.update("insert into path_session (version, uid, cohort_id, title, kind, format, starts_at, ends_at,"
                        + " video_link, whole_cohort, seq_no, cancelled) values (0, ?, ?, ?, 'COLLECTIVE_WORKSHOP', 'REMOTE',"
                        + " ?, ?, 'https://visio.example.org/atelier', false, 0, false)",
                UUID.randomUUID() + "@parcours", TestData.demoCohort(), title, end.minusHours(2), end);
        long id = TestData.id("select id from path_session where title = ?", title);
        TestData.update("insert into session_territory (session_id, territory_id) values (?, ?)", id,
                TestData.territory("Redon"));
        return id;
    }

    static void attended(long session, String email, String status) throws Exception {
        TestData.update("insert into attendance (version, session_id, member_id, status, marked_at, self_registered)"
                + " values (0, ?, (select id from member where email = ?), ?, ?, false)", session, email, status, utcNow());
    }

    /** A table's text, one row a line, cells separated by one space. */
    static String table(HtmlPage page, String id) {
        return page.getElementById(id).asNormalizedText().replace('\t', ' ');
    }

    static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    static long answers(long session) throws Exception {
        return TestData.id("select count(*) from session_feedback where session_id = ?", session);
    }

    static void score(HtmlPage page, String name, int value) {
        List<HtmlRadioButtonInput> radios = page.getByXPath("//input[@type='radio' and @name='" + name + "']");
        radios.stream().filter(r -> r.getValueAttribute().equals(String.valueOf(value))).findFirst()
                .orElseThrow(() -> new AssertionError("No radio " + name + " = " + value))
                .setChecked(true);
    }

    static List<String> reminded(String title) {
        return TestMail.received().stream().filter(m -> subject(m).contains(title)).map(EvaluationFixture::recipient).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(URL base, String path, String username) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((username + ":parcours")
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
