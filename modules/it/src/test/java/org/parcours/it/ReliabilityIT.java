package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.parcours.infrastructure.operations.DatabaseJobClaims;

/**
 * What operating Parcours relies on: request ids in responses and JSON log lines, the application's
 * counters among the Prometheus metrics (and nothing personal there), scheduled jobs claimed once
 * per period across a cluster, and concurrent edits refused with a way to reload.
 */
class ReliabilityIT extends ParcoursIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_request_id_sent_by_the_caller_is_echoed_and_written_in_a_json_log_line() throws Exception {
        String id = "it-" + UUID.randomUUID();
        // A partner approving a resource is refused: the refusal is logged (audit) while serving the request.
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.toURI()
                        .resolve("api/resources/" + TestData.resource() + "/approval"))
                .header("Authorization", Personas.PARTNER.basic()).header("X-Request-Id", id)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("X-Request-Id")).contains(id);

        String line = awaitLogLine(id);
        assertThat(line).startsWith("{").endsWith("}")
                .contains("\"requestId\":\"" + id + "\"", "\"user\":\"paul\"", "\"level\":\"INFO\"",
                        "\"logger\":\"org.parcours.application.audit.AuditTrail\"", "\"timestamp\":\"")
                .containsPattern("\"message\":\"audit ACCESS_DENIED by paul");
    }

    @Test
    void a_missing_or_malformed_request_id_is_replaced_by_a_generated_one() throws Exception {
        String malformed = "x".repeat(65);
        HttpResponse<Void> bad = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("X-Request-Id", malformed).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> none = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        Pattern uuid = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(bad.headers().firstValue("X-Request-Id")).hasValueSatisfying(v -> assertThat(v).matches(uuid));
        assertThat(none.headers().firstValue("X-Request-Id")).hasValueSatisfying(v -> assertThat(v).matches(uuid));
        assertThat(bad.headers().firstValue("X-Request-Id")).isNotEqualTo(none.headers().firstValue("X-Request-Id"));
    }

    @Test
    void metrics_show_the_application_counters_in_prometheus_text_and_count_sign_ins() throws Exception {
        double before = counter(metrics(), "parcours_sign_ins_total").orElseThrow();
        try (Browser anne = Personas.TERRITORY_A.browser(base)) {
            anne.open("index.xhtml");
        }
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(metricsUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String text = after.body();
        assertThat(text).containsPattern("(?m)^# TYPE (application_)?parcours_sign_ins_total counter$");
        assertThat(counter(text, "parcours_sign_ins_total").orElseThrow()).isGreaterThanOrEqualTo(before + 1);
        assertThat(counter(text, "parcours_emails_sent_total")).isPresent();
        assertThat(counter(text, "parcours_personal_data_exports_total")).isPresent();
        // Payara's base and vendor metrics are there too (JVM), and nothing names a person.
        assertThat(text).contains("jvm_uptime");
        assertThat(text).doesNotContain("anne.riviere", "Anne Rivière", "redon.demo.test", "claire", "password");
    }

    @Test
    void two_concurrent_claims_of_a_job_period_give_it_to_exactly_one_and_another_period_is_free() throws Exception {
        DatabaseJobClaims claims = new DatabaseJobClaims();
        MariaDbDataSource dataSource = new MariaDbDataSource(System.getProperty("parcours.it.db.url"));
        dataSource.setUser(System.getProperty("parcours.it.db.user"));
        dataSource.setPassword(System.getProperty("parcours.it.db.password"));
        Field field = DatabaseJobClaims.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(claims, dataSource);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String job = "it-job-" + UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                Callable<Boolean> claim = () -> {
                    start.await();
                    return claims.claim(job, "2026-11");
                };
                Future<Boolean> first = pool.submit(claim);
                Future<Boolean> second = pool.submit(claim);
                start.countDown();
                assertThat(List.of(first.get(), second.get())).as("round " + round).containsExactlyInAnyOrder(true, false);
                assertThat(claims.claim(job, "2026-11")).as("the period stays taken").isFalse();
                assertThat(claims.claim(job, "2026-12")).as("another period").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void of_two_concurrent_edits_of_a_session_one_is_saved_and_the_other_refused_with_a_reload_link() throws Exception {
        String edit = "schedule/edit.xhtml?id=" + TestData.demoSession("COLLECTIVE_WORKSHOP");
        try (Browser first = Personas.FACILITATOR.browser(base); Browser second = Personas.FACILITATOR.browser(base)) {
            HtmlPage mine = first.open(edit);
            HtmlPage theirs = second.open(edit);
            String saved = "Ordre du jour révisé " + UUID.randomUUID();
            ((HtmlTextArea) mine.getHtmlElementById("form:agenda")).setText(saved);
            HtmlPage done = saveSession(mine);
            assertThat(done.getUrl().getPath()).endsWith("/schedule/session.xhtml");

            ((HtmlTextArea) theirs.getHtmlElementById("form:agenda")).setText("Version concurrente");
            HtmlPage refused = saveSession(theirs);
            assertStaleWithReload(refused, saved, "form:agenda");
        }
    }

    @Test
    void of_two_concurrent_edits_of_a_visit_one_is_saved_and_the_other_refused_with_a_reload_link() throws Exception {
        long visit = TestData.id("select id from learning_visit where starts_at > utc_timestamp() order by starts_at limit 1");
        String edit = "visits/edit.xhtml?id=" + visit;
        try (Browser first = Personas.FACILITATOR.browser(base); Browser second = Personas.FACILITATOR.browser(base)) {
            HtmlPage mine = first.open(edit);
            HtmlPage theirs = second.open(edit);
            String saved = "Programme révisé " + UUID.randomUUID();
            ((HtmlTextArea) mine.getHtmlElementById("form:programme")).setText(saved);
            HtmlPage done = Browser.click(mine, "form:save");
            assertThat(done.getUrl().getPath()).as(done.asNormalizedText()).endsWith("/visits/view.xhtml");

            ((HtmlTextArea) theirs.getHtmlElementById("form:programme")).setText("Version concurrente");
            HtmlPage refused = Browser.click(theirs, "form:save");
            assertStaleWithReload(refused, saved, "form:programme");
        }
    }

    private static void assertStaleWithReload(HtmlPage refused, String savedText, String field) throws IOException {
        assertThat(refused.asNormalizedText()).contains("Quelqu'un d'autre a enregistré ces informations");
        HtmlElement reload = refused.getHtmlElementById("form:reloadLatest");
        assertThat(reload.getTextContent()).contains("Recharger la version enregistrée");
        HtmlPage reloaded = reload.click();
        assertThat(((HtmlTextArea) reloaded.getHtmlElementById(field)).getText()).isEqualTo(savedText);
    }

    /** Saves the session form, confirming warnings (e.g. a venue too small) if the page asks to. */
    private static HtmlPage saveSession(HtmlPage page) throws IOException {
        HtmlPage result = Browser.click(page, "form:save");
        if (result.getUrl().getPath().endsWith("/schedule/edit.xhtml")
                && result.getElementById("form:confirmWarnings_input") instanceof HtmlCheckBoxInput confirm
                && !result.asNormalizedText().contains("Quelqu'un d'autre")) {
            confirm.setChecked(true);
            result = Browser.click(result, "form:save");
        }
        return result;
    }

    private URI metricsUri() throws Exception {
        return base.toURI().resolve("/metrics");
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(metricsUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The value of a counter in Prometheus text (its line may carry labels such as mp_scope). */
    private static Optional<Double> counter(String text, String name) {
        Matcher line = Pattern.compile("(?m)^(?:application_)?" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
    }

    /** The JSON log line with this request id, from the server's JSON log files (written as it goes). */
    private static String awaitLogLine(String requestId) throws Exception {
        Path work = Path.of(System.getProperty("parcours.it.work"));
        List<String> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            seen.clear();
            try (Stream<Path> files = Files.walk(work.resolve("payara-root"), 3)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("parcours\\.json\\.log(\\.\\d+)+")).toList()) {
                    seen.add(file.toString());
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.contains(requestId)) {
                            return line;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No JSON log line with " + requestId + " in " + seen);
    }
}
