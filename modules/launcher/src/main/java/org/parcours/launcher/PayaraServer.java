package org.parcours.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the application in a child JVM that shares the launcher's terminal. */
final class PayaraServer {

    /** Payara opens its HTTP port before the application is deployed and answers 404 meanwhile. */
    private static final Duration NOT_FOUND_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final Path pidFile;

    private PayaraServer(Process process, Path pidFile) {
        this.process = process;
        this.pidFile = pidFile;
    }

    /**
     * The pid file of the server of a given home, to find it again if the launcher was killed
     * without stopping it.
     */
    static Path pidFile(Path home) {
        return home.resolve("payara.pid");
    }

    /** Matches the command line of the Payara Micro started for a given home. */
    static boolean isPayaraOf(Path home, String commandLine) {
        return commandLine.contains("-jar") && commandLine.contains("--rootdir " + home.resolve("payara"));
    }

    /**
     * Starts Payara Micro deploying the war at the root context.
     *
     * @param appEnv variables added to the child's environment: secrets go there, never on its
     *               command line, which every local user can read with ps
     */
    /** glibc malloc arenas of the Payara process (unless the environment already sets MALLOC_ARENA_MAX). */
    static final String MALLOC_ARENAS = "2";

    static PayaraServer start(LauncherConfig config, Map<String, String> appEnv) throws IOException {
        Path home = config.home();
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path root = Files.createDirectories(home.resolve("payara"));
        PayaraRoot.forgetDeployments(root);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + config.heap(),
                // The throughput collector: on two cores it served 10-40 % more requests than G1 with the
                // same heap, and keeps fewer structures of its own (docs/benchmarks.md).
                "-XX:+UseParallelGC",
                // With --rootdir, keeps Payara from leaving ~100 MB in /tmp at every boot.
                "-Djava.io.tmpdir=" + tmp,
                "-jar", config.payaraJar().toString(),
                "--deploy", config.war().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(config.httpPort()),
                "--rootdir", root.toString(),
                "--nohazelcast",
                "--prebootcommandfile", singleNodeCommands(root).toString(),
                "--disablephonehome"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).inheritIO();
        // Settings from the launcher's own environment must not reach the application unless given here.
        builder.environment().keySet().removeIf(name -> name.startsWith("PARCOURS_DB_"));
        Files.createDirectories(config.filesDir());
        builder.environment().putAll(applicationEnvironment(config, appEnv));
        // glibc gives each thread that allocates its own malloc arena (64 MB of address space each, partly
        // resident): with Payara's two hundred request threads that was hundreds of MB of RSS beyond the heap.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        Process process = builder.start();
        Path pidFile = pidFile(home);
        try {
            Files.writeString(pidFile, process.pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            Processes.stopTree(process.toHandle(), Duration.ofSeconds(10));
            throw e;
        }
        return new PayaraServer(process, pidFile);
    }

    /**
     * One instance without data grid: Parcours is distributable (it can run as a cluster), so Payara
     * would otherwise try to keep each session in the absent grid and log an error at every request.
     * At most 50 request threads (Payara's default is 200): two cores are busy with far fewer, and each
     * thread costs memory. The same settings as deploy/payara/single-node.asadmin.
     */
    static Path singleNodeCommands(Path root) throws IOException {
        return Files.writeString(root.resolve("single-node.asadmin"),
                "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n"
                        + "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=50\n",
                StandardCharsets.US_ASCII);
    }

    /** What the application is given besides the launcher's environment: the database and the files folder. */
    static Map<String, String> applicationEnvironment(LauncherConfig config, Map<String, String> appEnv) {
        Map<String, String> env = new java.util.HashMap<>(appEnv);
        env.put("PARCOURS_FILES_DIR", config.filesDir().toString());
        return env;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until the application answers on http://127.0.0.1:port/ with any status but 404, or
     * until 404 has lasted {@link #NOT_FOUND_GRACE} (then the application is probably not deployed).
     *
     * @return the last HTTP status, or 0 if the server exited first
     */
    int awaitAnswer(int port) throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/");
        long firstNotFound = 0;
        while (process.isAlive()) {
            int status = status(uri);
            if (status > 0 && status != HttpURLConnection.HTTP_NOT_FOUND) {
                return status;
            }
            if (status == HttpURLConnection.HTTP_NOT_FOUND) {
                long now = System.nanoTime();
                firstNotFound = firstNotFound == 0 ? now : firstNotFound;
                if (now - firstNotFound > NOT_FOUND_GRACE.toNanos()) {
                    return status;
                }
            }
            Thread.sleep(250);
        }
        return 0;
    }

    /** The HTTP status, or 0 if nothing answered. */
    private static int status(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(10_000);
            connection.setInstanceFollowRedirects(false);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits for the server to exit on its own and returns its exit code. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * Stops the server (SIGTERM: Payara undeploys cleanly), then kills it and its descendants if
     * they are still there after {@code grace}.
     *
     * @return true if they all exited
     */
    boolean stop(Duration grace) {
        boolean exited = Processes.stopTree(process.toHandle(), grace);
        if (exited) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // A stale pid file is checked against the command line before use.
            }
        }
        return exited;
    }

    /** The exit code, once exited. */
    int exitValue() {
        return process.exitValue();
    }
}
