package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * The database stops for 20 seconds under load: people get "temporarily unavailable" (503), the
 * application recovers by itself within 10 seconds of the database's return, and every territory
 * whose creation was acknowledged is still there. Runs on a server and database of its own.
 */
class DatabaseOutageIT {

    private static final int WRITERS = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void during_an_outage_people_get_503_then_it_recovers_within_10_s_and_no_acknowledged_write_is_lost()
            throws Exception {
        Path work = Path.of(System.getProperty("parcours.it.work"), "outage");
        deleteTree(work);
        int dbPort = StandaloneServer.freePort();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("mariadb/base"), work.resolve("mariadb/data"), dbPort);
        try (StandaloneServer server = StandaloneServer.start(work, db)) {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger unavailable = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> write(server, writer, running, acknowledged, unavailable)));
            }
            long loadUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < WRITERS && System.nanoTime() < loadUntil) {
                for (Future<?> writer : writers) {
                    if (writer.isDone()) {
                        writer.get(); // a writer that gave up: show why
                    }
                }
                Thread.sleep(200);
            }
            assertThat(acknowledged).as("territories created before the outage").hasSizeGreaterThanOrEqualTo(WRITERS);

            Browser reader = new Browser(server.base().toURL());
            reader.signIn("paul", "parcours");

            db.stop();
            long outageEnds = System.nanoTime() + OUTAGE.toNanos();
            Thread.sleep(3_000);
            HtmlPage page = reader.open("territories/index.xhtml");
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(503);
            assertThat(page.getWebResponse().getResponseHeaderValue("Retry-After")).isNotBlank();
            assertThat(page.asNormalizedText()).contains("Service momentanément indisponible");
            reader.close();
            HttpResponse<String> api = get(server, "api/territories");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("\"status\":503");
            assertThat(get(server, "health/ready").statusCode()).isEqualTo(503);
            Thread.sleep(Math.max(0, (outageEnds - System.nanoTime()) / 1_000_000));

            db = EmbeddedMariaDb.start(work.resolve("mariadb/base"), work.resolve("mariadb/data"), dbPort);
            Duration recovery = awaitStatus(server, "api/territories", 200, Duration.ofSeconds(30));
            assertThat(recovery).as("time to serve again after the database's return").isLessThanOrEqualTo(Duration.ofSeconds(10));
            int atReturn = acknowledged.size();
            Thread.sleep(5_000);
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(unavailable.get()).as("saves answered 503 during the outage").isPositive();
            assertThat(acknowledged.size()).as("saves acknowledged after recovery").isGreaterThan(atReturn);
            assertThat(get(server, "health/ready").statusCode()).isEqualTo(200);
            for (String name : acknowledged) {
                String found = get(server, "api/territories?max=200&q=" + name).body();
                assertThat(found).as(name).contains("\"name\":\"" + name + "\"");
            }
        } finally {
            db.stop();
        }
    }

    /** One person creating territories one after the other, keeping the names Parcours confirmed. */
    private static void write(StandaloneServer server, int writer, AtomicBoolean running, Set<String> acknowledged,
            AtomicInteger unavailable) {
        try (Browser browser = new Browser(server.base().toURL())) {
            browser.signIn("claire", "parcours");
            for (int n = 0; running.get(); n++) {
                String name = "Outage-" + writer + "-" + n;
                try {
                    HtmlPage form = browser.open("territories/edit.xhtml");
                    if (form.getWebResponse().getStatusCode() != 200) {
                        unavailable.incrementAndGet();
                        Thread.sleep(200);
                        continue;
                    }
                    Browser.type(form, "form:name", name);
                    ((HtmlSelect) form.getElementById("form:kind_input")).setSelectedAttribute("MUNICIPALITY", true);
                    Browser.type(form, "form:region", "Occitanie");
                    HtmlPage result = Browser.click(form, "form:save");
                    if (result.getUrl().getPath().endsWith("/territories/view.xhtml")
                            && result.getWebResponse().getStatusCode() == 200) {
                        acknowledged.add(name);
                    } else if (result.getWebResponse().getStatusCode() == 503) {
                        unavailable.incrementAndGet();
                    }
                } catch (Exception failedRequest) {
                    unavailable.incrementAndGet();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(StandaloneServer server, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString("paul:parcours".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(server.base().resolve(path)).header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Duration awaitStatus(StandaloneServer server, String path, int status, Duration timeout) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            try {
                if (get(server, path).statusCode() == status) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (java.io.IOException notYet) {
                // keep asking
            }
            Thread.sleep(200);
        }
        return timeout;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

}
