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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * Parcours on Payara Micro in a process of its own, for the tests that must break what is under it:
 * the database (which the shared test database cannot be) or the server itself (a cluster member
 * killed). Started the way production starts it: the built WAR, settings in the environment.
 */
final class StandaloneServer implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final Path log;

    private StandaloneServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static StandaloneServer start(Path work, EmbeddedMariaDb db) throws IOException, InterruptedException {
        StandaloneServer server = launch(work, freePort(), Map.of("PARCOURS_DB_URL", db.jdbcUrl(),
                "PARCOURS_DB_USER", db.user(), "PARCOURS_DB_PASSWORD", db.password(), "PARCOURS_DEMO_ENABLED", "true"),
                List.of("--nohazelcast", "--prebootcommandfile", singleNodeCommands()));
        try {
            server.awaitStatus("login.xhtml", 200, Duration.ofMinutes(4));
        } catch (RuntimeException | InterruptedException notReady) {
            server.close(); // the caller never gets it to close
            throw notReady;
        }
        return server;
    }

    /**
     * Starts Payara Micro with the built WAR on {@code port}, the settings in its environment and
     * {@code microOptions} added to its command line, without waiting for it to answer. Its files and
     * log ({@code payara.log}) go to {@code work}.
     */
    static StandaloneServer launch(Path work, int port, Map<String, String> env, List<String> microOptions)
            throws IOException {
        Files.createDirectories(work.resolve("tmp"));
        org.parcours.launcher.PayaraRoot.forgetDeployments(work.resolve("payara-root"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar", System.getProperty("parcours.it.payara"),
                "--deploy", System.getProperty("parcours.it.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--rootdir", work.resolve("payara-root").toString(),
                "--disablephonehome"));
        command.addAll(microOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(work.resolve("payara.log").toFile());
        return new StandaloneServer(builder.start(), URI.create("http://127.0.0.1:" + port + "/"), work.resolve("payara.log"));
    }

    /** Payara's settings for an instance without data grid, as deploy/README.md gives them. */
    static String singleNodeCommands() {
        return Path.of(System.getProperty("parcours.it.deploy"), "payara", "single-node.asadmin").toString();
    }

    URI base() {
        return base;
    }

    int port() {
        return base.getPort();
    }

    /** Everything the server printed so far. */
    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the server at once (SIGKILL), as a crash or a lost machine would: no clean shutdown. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") did not die");
        }
    }

    /** Waits until the page answers with the status; returns how long that took. */
    Duration awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see its log: " + log);
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
