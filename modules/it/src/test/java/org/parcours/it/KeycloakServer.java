package org.parcours.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real Keycloak 26 (unpacked from Maven Central by the build) with the Parcours realm, at
 * the start of the test run and without waiting for it, so that it boots while the other test
 * classes run; {@link #awaitReady()} waits for it. Stopped at the end with its child java process
 * (kc.sh starts one). The realm's redirect addresses are set to the port of the Payara that signs
 * people in through it (arquillian.xml, container "payara-oidc").
 */
public class KeycloakServer implements LauncherSessionListener {

    private static volatile Process process;
    private static volatile String url;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String home = System.getProperty("parcours.it.keycloak.home");
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            return; // not run by the build: nothing to start
        }
        try {
            int port = freePort();
            int appPort = freePort();
            int managementPort = freePort(); // not Keycloak's fixed 9000, which another program may hold
            url = "http://127.0.0.1:" + port;
            System.setProperty("parcours.it.keycloak.url", url);
            System.setProperty("parcours.it.oidc.port", String.valueOf(appPort));
            Path root = Path.of(home);
            deleteTree(root.resolve("data/h2")); // a fresh realm: Keycloak skips importing one that exists
            Files.createDirectories(root.resolve("data/import"));
            String realm = Files.readString(Path.of(System.getProperty("parcours.it.keycloak.realm")), StandardCharsets.UTF_8)
                    .replace("http://localhost:8080/*", "http://127.0.0.1:" + appPort + "/*");
            Files.writeString(root.resolve("data/import/parcours-realm.json"), realm, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port", String.valueOf(port), "--http-host", "127.0.0.1", "--hostname", url,
                    "--http-management-port", String.valueOf(managementPort),
                    "--import-realm", "--health-enabled=true")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of(System.getProperty("parcours.it.work"), "keycloak.log").toFile());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Process running = process;
        if (running == null) {
            return;
        }
        // Taken before stopping kc.sh: its java child would otherwise be left behind, orphaned.
        List<ProcessHandle> children = running.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        running.destroy();
        try {
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            running.waitFor(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // forced below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (running.isAlive()) {
            running.destroyForcibly();
        }
    }

    /** The address of Keycloak once its realm answers; fails the test when it never does. */
    static String awaitReady() throws Exception {
        if (process == null) {
            throw new IllegalStateException("Keycloak was not started (run the tests with the build: ./mvnw verify)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI realm = URI.create(url + "/realms/parcours/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(realm).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return url;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not answer within 4 minutes; see target/keycloak.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
