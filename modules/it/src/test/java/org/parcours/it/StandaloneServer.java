package org.parcours.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * Parcours on Payara Micro in a process of its own, on a database of its own, for the tests that
 * must break the database under it (which the shared test database cannot be). Started the way
 * production starts it: the built WAR, settings in the environment.
 */
final class StandaloneServer implements AutoCloseable {

    private final Process process;
    private final URI base;

    private StandaloneServer(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static StandaloneServer start(Path work, EmbeddedMariaDb db) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(work.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar", System.getProperty("parcours.it.payara"),
                "--deploy", System.getProperty("parcours.it.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--rootdir", work.resolve("payara-root").toString(),
                "--nohazelcast", "--disablephonehome"));
        builder.environment().put("PARCOURS_DB_URL", db.jdbcUrl());
        builder.environment().put("PARCOURS_DB_USER", db.user());
        builder.environment().put("PARCOURS_DB_PASSWORD", db.password());
        builder.environment().put("PARCOURS_DEMO_ENABLED", "true");
        builder.redirectErrorStream(true).redirectOutput(work.resolve("payara.log").toFile());
        StandaloneServer server = new StandaloneServer(builder.start(), URI.create("http://127.0.0.1:" + port + "/"));
        server.awaitStatus("login.xhtml", 200, Duration.ofMinutes(4));
        return server;
    }

    URI base() {
        return base;
    }

    /** Waits until the page answers with the status; returns how long that took. */
    Duration awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see its log in the test's folder");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == status) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(base.resolve(path) + " did not answer " + status + " within " + timeout);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
