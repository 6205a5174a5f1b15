package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * deploy/backup.sh and deploy/restore.sh: a backup of the database (the real schema, built by the
 * application's migrations) and of the uploaded files, then everything wiped, then restored: every
 * row of every table and every file is found again, identical.
 */
class BackupRestoreIT {

    @Test
    void a_backup_restored_after_a_wipe_gives_back_every_record_and_file() throws Exception {
        Path work = Path.of(System.getProperty("parcours.it.work"), "backup");
        deleteTree(work);
        Path files = work.resolve("files");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("mariadb/base"), work.resolve("mariadb/data"),
                StandaloneServer.freePort())) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password())
                    .locations("classpath:db/migration").load().migrate();
            execute(db, "INSERT INTO territory (name, kind, region) VALUES ('Pays de Redon', 'INTERMUNICIPALITY', 'Bretagne'),"
                    + " ('Ville d''Alès', 'MUNICIPALITY', 'Occitanie')");
            execute(db, "INSERT INTO member (territory_id, full_name, email, team_role) SELECT id, 'Anne Rivière',"
                    + " 'anne@redon.example.org', 'OFFICER' FROM territory WHERE name = 'Pays de Redon'");
            Files.createDirectories(files.resolve("submissions/2026"));
            Files.writeString(files.resolve("submissions/2026/rapport.txt"), "Diagnostic territorial — été 2026");
            Files.write(files.resolve("submissions/2026/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

            Map<String, String> tablesBefore = tables(db);
            Map<String, String> filesBefore = files(files);
            assertThat(tablesBefore).containsKeys("territory", "member", "cohort", "person");
            assertThat(filesBefore).hasSize(2);

            Map<String, String> env = Map.of(
                    "PARCOURS_DB_URL", db.jdbcUrl(), "PARCOURS_DB_USER", db.user(), "PARCOURS_DB_PASSWORD", db.password(),
                    "PARCOURS_FILES_DIR", files.toString(),
                    "MARIADB_BIN", work.resolve("mariadb/base/bin").toString());
            String backup = run("backup.sh", env, work.resolve("backups").toString()).strip();
            assertThat(Path.of(backup).resolve("database.sql.gz")).isNotEmptyFile();
            assertThat(Path.of(backup).resolve("files.tar.gz")).isNotEmptyFile();

            execute(db, "DROP DATABASE parcours", "CREATE DATABASE parcours");
            deleteTree(files);
            assertThat(tables(db)).isEmpty();

            run("restore.sh", env, backup);
            assertThat(tables(db)).isEqualTo(tablesBefore);
            assertThat(files(files)).isEqualTo(filesBefore);
        }
    }

    /** Every table of the database with its row count and checksum. */
    private static Map<String, String> tables(EmbeddedMariaDb db) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SHOW TABLES")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM `" + name + "`")) {
                    count.next();
                    long rows = count.getLong(1);
                    try (ResultSet checksum = statement.executeQuery("CHECKSUM TABLE `" + name + "` EXTENDED")) {
                        checksum.next();
                        tables.put(name, rows + " rows, checksum " + checksum.getLong(2));
                    }
                }
            }
        }
        return tables;
    }

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }

    private static String run(String script, Map<String, String> env, String argument) throws Exception {
        Path deploy = Path.of(System.getProperty("parcours.it.deploy"));
        ProcessBuilder builder = new ProcessBuilder("bash", deploy.resolve(script).toString(), argument)
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(script + " said: " + output).isZero();
        return output.lines().reduce((first, last) -> last).orElse("");
    }

    private static void execute(EmbeddedMariaDb db, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
