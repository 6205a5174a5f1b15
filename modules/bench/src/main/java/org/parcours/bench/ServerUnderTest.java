package org.parcours.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * Parcours as a person runs it: the launcher (modules/launcher) in its own JVM, with its default heap,
 * here told to use the database the benchmark started (PARCOURS_DB_URL) so that the benchmark alone
 * reads that database's counters. Its output goes to a log file.
 */
final class ServerUnderTest implements AutoCloseable {

    private final Process launcher;
    private final Path home;
    private final URI base;
    private final double coldStartSeconds;

    private ServerUnderTest(Process launcher, Path home, URI base, double coldStartSeconds) {
        this.launcher = launcher;
        this.home = home;
        this.base = base;
        this.coldStartSeconds = coldStartSeconds;
    }

    /** @param heap the server's maximum heap (PARCOURS_HEAP), or null for the launcher's default */
    static ServerUnderTest start(EmbeddedMariaDb db, Path home, Path war, Path payara, String heap)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        int port = Generate.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.parcours.launcher.Launcher", "--war", war.toString(), "--payara", payara.toString()))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("server.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PARCOURS_"));
        builder.environment().put("PARCOURS_HOME", home.toString());
        builder.environment().put("PARCOURS_PORT", String.valueOf(port));
        builder.environment().put("PARCOURS_DB_URL", db.jdbcUrl());
        builder.environment().put("PARCOURS_DB_USER", db.user());
        builder.environment().put("PARCOURS_DB_PASSWORD", db.password());
        if (heap != null) {
            builder.environment().put("PARCOURS_HEAP", heap);
        }
        long started = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = started + Duration.ofMinutes(10).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Parcours stopped while starting: see " + home.resolve("server.log"));
            }
            if (System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("Parcours did not start within 10 minutes: see " + home.resolve("server.log"));
            }
            if (status(client, base.resolve("/health/ready")) == 200 && status(client, base.resolve("/login.xhtml")) == 200) {
                break;
            }
            Thread.sleep(100);
        }
        return new ServerUnderTest(process, home, base, (System.nanoTime() - started) / 1e9);
    }

    private static int status(HttpClient client, URI uri) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    URI base() {
        return base;
    }

    /** From starting the launcher to the application answering its readiness check and sign-in page. */
    double coldStartSeconds() {
        return coldStartSeconds;
    }

    /** Resident memory of the application server's JVM (Payara Micro, the launcher's child), in MB. */
    Optional<Double> rssMegabytes() {
        try {
            long pid = Long.parseLong(Files.readString(home.resolve("payara.pid"), StandardCharsets.US_ASCII).trim());
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the server is gone
        }
        return Optional.empty();
    }

    /** Stops the launcher as Ctrl-C does (it stops Payara), and waits for it. */
    @Override
    public void close() throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly().waitFor();
        }
    }
}
