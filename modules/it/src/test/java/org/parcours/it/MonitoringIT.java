package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.it.Personas.ADMIN;
import static org.parcours.it.Personas.FACILITATOR;
import static org.parcours.it.Personas.PARTNER;
import static org.parcours.it.Personas.TERRITORY_A;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Progress monitoring against a cohort of known facts ({@link MonitoringFixture}): every indicator's
 * exact value through the API, the alerts, the dashboards' pages, the exports read back (CSV, Excel,
 * PDF), the monthly report emailed once per month and on demand, and that a partner never meets
 * co-development content nor a territory's private work anywhere.
 */
class MonitoringIT extends ParcoursIT {

    private static MonitoringFixture fixture;

    @BeforeAll
    static void facts() throws Exception {
        try (Connection db = TestData.connect()) {
            fixture = MonitoringFixture.create(db);
        }
    }

    @Test
    void every_indicator_has_the_value_the_recorded_facts_give() throws Exception {
        String body = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/territories").body();
        assertThat(number(body, "total")).isEqualTo(2);
        Map<String, Long> alpha = object(body, "territory", MonitoringFixture.ALPHA);
        Map<String, Long> beta = object(body, "territory", MonitoringFixture.BETA);
        assertThat(alpha).containsEntry("sessionsExpected", 4L).containsEntry("sessionsAttended", 3L)
                .containsEntry("attendanceRate", 75L).containsEntry("workDue", 2L).containsEntry("workOnTime", 1L)
                .containsEntry("workLate", 1L).containsEntry("workMissing", 0L).containsEntry("workEarly", 1L)
                .containsEntry("codevHeld", 2L).containsEntry("clientTurns", 1L).containsEntry("commitmentsDue", 1L)
                .containsEntry("commitmentsKept", 1L).containsEntry("commitmentsOverdue", 0L)
                .containsEntry("visitsHosted", 1L).containsEntry("visitsMade", 0L).containsEntry("resourcesRead", 2L)
                .containsEntry("milestonesPlanned", 6L).containsEntry("milestonesReached", 6L);
        assertThat(text(body, MonitoringFixture.ALPHA, "status")).isEqualTo("ON_TRACK");
        assertThat(beta).containsEntry("sessionsExpected", 4L).containsEntry("sessionsAttended", 1L)
                .containsEntry("attendanceRate", 25L).containsEntry("workDue", 2L).containsEntry("workOnTime", 1L)
                .containsEntry("workLate", 0L).containsEntry("workMissing", 1L).containsEntry("workEarly", 0L)
                .containsEntry("codevHeld", 2L).containsEntry("clientTurns", 1L).containsEntry("commitmentsDue", 1L)
                .containsEntry("commitmentsKept", 0L).containsEntry("commitmentsOverdue", 1L)
                .containsEntry("visitsHosted", 1L).containsEntry("visitsMade", 1L).containsEntry("resourcesRead", 0L);
        assertThat(text(body, MonitoringFixture.BETA, "status")).isEqualTo("LATE");
        // The period each figure covers comes with it.
        assertThat(body).contains("\"from\":\"" + fixture.today.minusDays(60) + "\"", "\"to\":\"" + fixture.today + "\"");

        // One kind of collective session: the webinar S4 only.
        String webinars = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/territories?kind=WEBINAR").body();
        assertThat(object(webinars, "territory", MonitoringFixture.ALPHA)).containsEntry("sessionsExpected", 1L)
                .containsEntry("sessionsAttended", 1L);
        assertThat(object(webinars, "territory", MonitoringFixture.BETA)).containsEntry("sessionsExpected", 1L)
                .containsEntry("sessionsAttended", 0L);
        // A period that starts after the third resource was read and ends before S3: S1 and S2 only.
        String early = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/territories?from="
                + fixture.today.minusDays(55) + "&to=" + fixture.today.minusDays(35)).body();
        assertThat(object(early, "territory", MonitoringFixture.BETA)).containsEntry("sessionsExpected", 2L)
                .containsEntry("sessionsAttended", 1L).containsEntry("workDue", 1L).containsEntry("workMissing", 1L);

        // Sorted and paged in the database: the best attendance first, one a page.
        String page = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort
                + "/territories?sort=attendance&order=desc&max=1").body();
        assertThat(number(page, "total")).isEqualTo(2);
        assertThat(page).contains(MonitoringFixture.ALPHA).doesNotContain(MonitoringFixture.BETA);
        String second = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort
                + "/territories?sort=attendance&order=desc&max=1&first=1").body();
        assertThat(second).contains(MonitoringFixture.BETA).doesNotContain(MonitoringFixture.ALPHA);

        // The cohort summed, the trend adding up to the same sessions, bad input refused.
        String cohorts = get(ADMIN, "api/monitoring/cohorts").body();
        Map<String, Long> total = object(cohorts, "cohort", MonitoringFixture.COHORT);
        assertThat(total).containsEntry("territories", 2L).containsEntry("sessionsExpected", 8L)
                .containsEntry("sessionsAttended", 4L).containsEntry("attendanceRate", 50L)
                .containsEntry("workMissing", 1L).containsEntry("visitsHosted", 2L);
        String trend = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/trend").body();
        assertThat(numbers(trend, "expected").stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
        assertThat(numbers(trend, "attended").stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/territories?from=2026-13-01")
                .statusCode()).isEqualTo(400);
        assertThat(get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/territories?kind=INDIVIDUAL_WORK")
                .statusCode()).isEqualTo(400);
        assertThat(get(FACILITATOR, "api/monitoring/cohorts/999999/territories").statusCode()).isEqualTo(404);
    }

    @Test
    void alerts_name_the_territory_that_missed_two_sessions_and_what_is_overdue() throws Exception {
        String alerts = get(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/alerts").body();
        assertThat(alerts).contains("\"kind\":\"MISSED_TWO_SESSIONS\"", "\"kind\":\"WORK_OVERDUE\"",
                "\"kind\":\"COMMITMENT_OVERDUE\"");
        assertThat(alerts).doesNotContain(MonitoringFixture.ALPHA);
        assertThat(Pattern.compile("\\{[^{}]*\\}").matcher(alerts).results().count()).isEqualTo(3);

        try (Browser claire = FACILITATOR.browser(base)) {
            HtmlPage dashboard = claire.open("monitoring/cohort.xhtml?id=" + fixture.cohort);
            assertThat(dashboard.getWebResponse().getStatusCode()).isEqualTo(200);
            String alertsText = dashboard.getElementById("alerts").asNormalizedText();
            assertThat(alertsText).contains(MonitoringFixture.BETA, "Absent aux deux dernières séances",
                    "Travail en retard", "Engagement en retard").doesNotContain(MonitoringFixture.ALPHA);
            String table = dashboard.getElementById("table:territories").asNormalizedText();
            assertThat(table).contains(MonitoringFixture.ALPHA, "75 %", MonitoringFixture.BETA, "25 %", "En retard",
                    "Dans les temps");
            // The month's coming sessions: S6 (in ten days) is listed when it falls in this month.
            String upcoming = dashboard.getElementById("upcoming").asNormalizedText();
            if (YearMonth.from(fixture.today.plusDays(10)).equals(YearMonth.from(fixture.today))) {
                assertThat(upcoming).contains("S6 Atelier à venir");
            } else {
                assertThat(upcoming).doesNotContain("S6 Atelier à venir");
            }
            assertThat(upcoming).doesNotContain("S7 Atelier annulé").doesNotContain("S4 Webinaire");
            assertThat(dashboard.getElementById("how").asNormalizedText()).contains("émargement");

            HtmlPage filtered = claire.open("monitoring/cohort.xhtml?id=" + fixture.cohort + "&q=beta&kind=WEBINAR");
            String filteredTable = filtered.getElementById("table:territories").asNormalizedText();
            assertThat(filteredTable).contains(MonitoringFixture.BETA, "0 %").doesNotContain(MonitoringFixture.ALPHA);
            HtmlPage bad = claire.open("monitoring/cohort.xhtml?id=" + fixture.cohort + "&from=demain");
            assertThat(bad.getElementById("from-error").asNormalizedText()).contains("AAAA-MM-JJ");

            // The territory's page: the facts behind its figures, session by session.
            HtmlPage alpha = claire.open("monitoring/territory.xhtml?id=" + fixture.alpha + "&cohort=" + fixture.cohort);
            String timeline = alpha.getElementById("timeline").asNormalizedText();
            assertThat(timeline).contains("S3 Témoignage", "Absent", "Travail W2", "Rendu en retard",
                    "S5 Atelier sans feuille", "Rien d'enregistré", "S6 Atelier à venir", "À venir", "Annulée",
                    "Participation");
        }
    }

    @Test
    void exports_hold_the_dashboard_figures_in_excel_csv_and_pdf() throws Exception {
        String query = "?cohort=" + fixture.cohort;
        HttpResponse<byte[]> csv = bytes(FACILITATOR, "exports/progress/territories.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String csvText = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csvText),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(2);
        CSVRecord beta = records.stream().filter(r -> r.get("Territoire").equals(MonitoringFixture.BETA)).findFirst()
                .orElseThrow();
        assertThat(beta.get("Assiduité (%)")).isEqualTo("25");
        assertThat(beta.get("Temps collectifs attendus")).isEqualTo("4");
        assertThat(beta.get("Travaux attendus")).isEqualTo("2");
        assertThat(beta.get("État")).isEqualTo("En retard");
        assertThat(beta.get("Du")).isEqualTo(fixture.today.minusDays(60).toString());

        HttpResponse<byte[]> xlsx = bytes(FACILITATOR, "exports/progress/territories.xlsx" + query + "&sort=attendance&order=desc");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int rate = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (header.getCell(i).getStringCellValue().equals("Assiduité (%)")) {
                    rate = i;
                }
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(MonitoringFixture.ALPHA);
            assertThat(sheet.getRow(1).getCell(rate).getNumericCellValue()).isEqualTo(75.0);
            assertThat(sheet.getRow(2).getCell(rate).getNumericCellValue()).isEqualTo(25.0);
        }
        String alerts = new String(bytes(FACILITATOR, "exports/progress/alerts.csv" + query).body(), StandardCharsets.UTF_8);
        assertThat(alerts).contains("Suivi Beta;Absent aux deux dernières séances;2");
        try (XSSFWorkbook trend = new XSSFWorkbook(new ByteArrayInputStream(
                bytes(FACILITATOR, "exports/progress/trend.xlsx" + query).body()))) {
            double expected = 0;
            for (Row row : trend.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    expected += row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(expected).isEqualTo(8.0);
        }

        YearMonth month = YearMonth.from(fixture.today.minusDays(20));
        HttpResponse<byte[]> pdf = bytes(FACILITATOR, "exports/progress/report.pdf" + query + "&month=" + month);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String report = pdfText(new ByteArrayInputStream(pdf.body()));
        assertThat(report).contains(MonitoringFixture.COHORT, "Faits marquants", MonitoringFixture.ALPHA,
                MonitoringFixture.BETA, "Comment les chiffres sont calculés");
        assertThat(bytes(FACILITATOR, "exports/progress/report.pdf" + query + "&month=mars").statusCode()).isEqualTo(400);
        assertThat(bytes(FACILITATOR, "exports/progress/nothing.csv" + query).statusCode()).isEqualTo(404);
        assertThat(bytes(TERRITORY_A, "exports/progress/territories.csv" + query).statusCode()).isEqualTo(403);
    }

    @Test
    void partners_see_the_figures_and_never_confidential_content() throws Exception {
        String secretWords = "budget caché";
        List<String> seen = new ArrayList<>();
        for (String path : List.of("api/monitoring/cohorts", "api/monitoring/cohorts/" + fixture.cohort + "/territories",
                "api/monitoring/cohorts/" + fixture.cohort + "/alerts", "api/monitoring/cohorts/" + fixture.cohort + "/trend",
                "api/monitoring/territories/" + fixture.alpha + "?cohort=" + fixture.cohort,
                "api/monitoring/territories/" + fixture.beta)) {
            HttpResponse<String> response = get(PARTNER, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            seen.add(response.body());
        }
        assertThat(object(seen.get(1), "territory", MonitoringFixture.ALPHA)).containsEntry("attendanceRate", 75L);
        String query = "?cohort=" + fixture.cohort;
        for (String path : List.of("exports/progress/territories.csv", "exports/progress/alerts.csv",
                "exports/progress/cohorts.csv", "exports/progress/trend.csv")) {
            HttpResponse<byte[]> file = bytes(PARTNER, path + query);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            seen.add(new String(file.body(), StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> pdf = bytes(PARTNER, "exports/progress/report.pdf" + query + "&month="
                + YearMonth.from(fixture.today.minusDays(20)));
        assertThat(pdf.statusCode()).isEqualTo(200);
        seen.add(pdfText(new ByteArrayInputStream(pdf.body())));
        try (Browser paul = PARTNER.browser(base)) {
            HtmlPage overview = paul.open("monitoring/index.xhtml?cohort=" + fixture.cohort);
            assertThat(overview.getElementById("table:territories").asNormalizedText())
                    .contains(MonitoringFixture.ALPHA, MonitoringFixture.BETA);
            assertThat(overview.getElementById("cohorts").asNormalizedText()).contains(MonitoringFixture.COHORT, "50 %");
            seen.add(overview.asXml());
            seen.add(paul.open("monitoring/cohort.xhtml?id=" + fixture.cohort).asXml());
            seen.add(paul.open("monitoring/territory.xhtml?id=" + fixture.alpha + "&cohort=" + fixture.cohort).asXml());
            // No button to send the report for a partner.
            assertThat(paul.open("monitoring/cohort.xhtml?id=" + fixture.cohort).getElementById("report:sendReport")).isNull();
        }
        for (String content : seen) {
            assertThat(content).doesNotContain(secretWords).doesNotContain(MonitoringFixture.WORK_SECRET)
                    .doesNotContain("Alpha, en retard").doesNotContain("Beta, à l'heure");
        }
        // A cohort the partner does not follow: refused everywhere.
        long lensOnly = TestData.lensOnlyCohort();
        assertThat(get(PARTNER, "api/monitoring/cohorts/" + lensOnly + "/territories").statusCode()).isEqualTo(403);
        assertThat(bytes(PARTNER, "exports/progress/territories.csv?cohort=" + lensOnly).statusCode()).isEqualTo(403);
        // Territory teams read their own progress, not the cohorts' dashboards.
        assertThat(get(TERRITORY_A, "api/monitoring/cohorts/" + fixture.cohort + "/territories").statusCode()).isEqualTo(403);
        assertThat(get(TERRITORY_A, "api/monitoring/territories/" + fixture.alpha).statusCode()).isEqualTo(403);
        assertThat(get(TERRITORY_A, "api/monitoring/territories/" + TestData.territory("Redon")).statusCode()).isEqualTo(200);
    }

    @Test
    void the_monthly_report_is_emailed_to_partners_once_a_month_and_on_demand() throws Exception {
        LocalDate firstOfMonth = LocalDate.now(ZoneId.of("Europe/Paris")).withDayOfMonth(1);
        String reported = YearMonth.from(firstOfMonth).minusMonths(1).toString();
        String subject = "Rapport mensuel de progression : " + MonitoringFixture.COHORT + " – " + reported;
        int before = TestMail.received().size();
        HttpResponse<String> run = post(ADMIN, "api/monitoring/monthly-reports?day=" + firstOfMonth);
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"claimed\":true", "\"month\":\"" + reported + "\"");
        assertThat(TestMail.awaitMessages(before + 1)).isTrue();
        MimeMessage mail = awaitSubject(subject, 1);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("paul.lefevre@partenaire.demo.test");
        String attached = pdfText(attachment(mail));
        assertThat(attached).contains(MonitoringFixture.COHORT, MonitoringFixture.ALPHA).doesNotContain("budget caché");

        // The same month again (another instance, a second timer): claimed already, nothing sent.
        HttpResponse<String> again = post(ADMIN, "api/monitoring/monthly-reports?day=" + firstOfMonth);
        assertThat(again.body()).contains("\"claimed\":false");
        Thread.sleep(2000);
        assertThat(count(subject)).isEqualTo(1);

        // Run now by the cohort's facilitator: sent again on purpose; refused to partners and other roles.
        assertThat(post(PARTNER, "api/monitoring/cohorts/" + fixture.cohort + "/report?month=" + reported).statusCode())
                .isEqualTo(403);
        assertThat(post(ADMIN, "api/monitoring/monthly-reports?day=nope").statusCode()).isEqualTo(400);
        assertThat(post(FACILITATOR, "api/monitoring/monthly-reports?day=" + firstOfMonth).statusCode()).isEqualTo(403);
        HttpResponse<String> now = post(FACILITATOR, "api/monitoring/cohorts/" + fixture.cohort + "/report?month=" + reported);
        assertThat(now.body()).contains("\"sent\":true");
        awaitSubject(subject, 2);

        // The facilitator's button on the dashboard does the same.
        try (Browser claire = FACILITATOR.browser(base)) {
            HtmlPage dashboard = claire.open("monitoring/cohort.xhtml?id=" + fixture.cohort);
            ((org.htmlunit.html.HtmlSelect) dashboard.getElementById("report:reportMonth"))
                    .setSelectedAttribute(reported, true);
            HtmlPage after = Browser.click(dashboard, "report:sendReport");
            assertThat(after.asNormalizedText()).contains("envoyé aux partenaires");
        }
        awaitSubject(subject, 3);
    }

    @Test
    void a_dashboard_page_costs_the_same_statements_whatever_the_number_of_territories() throws Exception {
        long demo = TestData.demoCohort();
        try (Browser claire = FACILITATOR.browser(base)) {
            claire.open("monitoring/cohort.xhtml?id=" + fixture.cohort); // warm up (first rendering of the page)
            long small = selectsFor(() -> claire.open("monitoring/cohort.xhtml?id=" + fixture.cohort));
            long large = selectsFor(() -> claire.open("monitoring/cohort.xhtml?id=" + demo));
            // Two territories against twelve: no statement per row, the same handful per page.
            assertThat(large).as("SELECTs for 12 territories vs " + small + " for 2").isLessThanOrEqualTo(small + 3);
        }
    }

    private interface PageLoad {
        void run() throws Exception;
    }

    /** How many SELECT statements the database ran while the page loaded (nothing else runs meanwhile). */
    private static long selectsFor(PageLoad load) throws Exception {
        long before = selects();
        load.run();
        return selects() - before;
    }

    private static long selects() throws Exception {
        try (Connection db = TestData.connect(); java.sql.Statement statement = db.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    private MimeMessage awaitSubject(String subject, int count) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> matching = new ArrayList<>();
            for (MimeMessage m : TestMail.received()) {
                if (m.getSubject() != null && m.getSubject().startsWith(subject)) {
                    matching.add(m);
                }
            }
            if (matching.size() >= count) {
                return matching.get(count - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No message " + count + " with subject " + subject);
    }

    private static long count(String subject) throws Exception {
        long n = 0;
        for (MimeMessage m : TestMail.received()) {
            if (m.getSubject() != null && m.getSubject().startsWith(subject)) {
                n++;
            }
        }
        return n;
    }

    private static InputStream attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())
                    || parts.getBodyPart(i).getFileName() != null) {
                assertThat(parts.getBodyPart(i).getContentType()).startsWith("application/pdf");
                return parts.getBodyPart(i).getInputStream();
            }
        }
        throw new AssertionError("No attachment");
    }

    static String pdfText(InputStream pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private HttpResponse<String> get(Personas persona, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", persona.basic()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Personas persona, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", persona.basic()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of the exports, downloaded as a signed-in persona (the exports are pages' links: form sign-in). */
    private HttpResponse<byte[]> bytes(Personas persona, String path) throws Exception {
        try (Browser browser = persona.browser(base)) {
            Page page = browser.client().getPage(new java.net.URL(base, path));
            int status = page.getWebResponse().getStatusCode();
            byte[] body = page.getWebResponse().getContentAsStream().readAllBytes();
            Map<String, List<String>> headers = new HashMap<>();
            page.getWebResponse().getResponseHeaders().forEach(h -> headers.computeIfAbsent(h.getName(),
                    k -> new ArrayList<>()).add(h.getValue()));
            return new FileResponse(status, body, java.net.http.HttpHeaders.of(headers, (a, b) -> true));
        }
    }

    private record FileResponse(int statusCode, byte[] body, java.net.http.HttpHeaders headers)
            implements HttpResponse<byte[]> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** The flat JSON object whose {@code key} is {@code value}, its numeric fields by name. */
    static Map<String, Long> object(String json, String key, String value) {
        Matcher objects = Pattern.compile("\\{[^{}]*\"" + key + "\":\"" + Pattern.quote(value) + "\"[^{}]*\\}").matcher(json);
        assertThat(objects.find()).as(value + " in " + json).isTrue();
        Map<String, Long> fields = new HashMap<>();
        Matcher number = Pattern.compile("\"([a-zA-Z]+)\":(-?\\d+)").matcher(objects.group());
        while (number.find()) {
            fields.put(number.group(1), Long.parseLong(number.group(2)));
        }
        return fields;
    }

    private static String text(String json, String territory, String field) {
        Matcher objects = Pattern.compile("\\{[^{}]*\"territory\":\"" + Pattern.quote(territory) + "\"[^{}]*\\}").matcher(json);
        assertThat(objects.find()).isTrue();
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(objects.group());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<Long> numbers(String json, String field) {
        return Pattern.compile("\"" + field + "\":(\\d+)").matcher(json).results()
                .map(r -> Long.parseLong(r.group(1))).toList();
    }
}
