package org.parcours.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * Starts one real MariaDB, empty, for the whole test run, before Arquillian starts any server, and
 * stops it at the end. The servers find it through system properties read by arquillian.xml.
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String work = System.getProperty("parcours.it.work");
        if (work == null) {
            return; // not run by the build (e.g. an IDE listing tests): nothing to start
        }
        Path root = Path.of(work, "it-mariadb");
        try {
            // Temporary files (this JVM's and the servers') go to a folder of the build, never to /tmp.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the temporary folder", e);
        }
        deleteTree(root.resolve("data"));
        deleteTree(root.resolve("db-credentials.properties"));
        db = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"),
                Integer.parseInt(System.getProperty("parcours.it.dbPort", "33316")));
        System.setProperty("parcours.it.db.url", db.jdbcUrl());
        System.setProperty("parcours.it.db.user", db.user());
        System.setProperty("parcours.it.db.password", db.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.stop();
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear " + path, e);
        }
    }
}
