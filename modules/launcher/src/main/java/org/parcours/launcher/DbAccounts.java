package org.parcours.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates the application's database and account on a server started without privilege checks. */
final class DbAccounts {

    /** The JDBC driver connects over TCP: from 127.0.0.1, which some setups name localhost. */
    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1");

    private DbAccounts() {
    }

    /**
     * Turns privilege checks on, creates the database and an account with a new random password
     * that may use it (or gives an existing account that new password), and removes what
     * mysql_secure_installation would remove.
     */
    static DbCredentials create(int port, String database, String user) throws SQLException {
        DbCredentials created = DbCredentials.generate(user);
        // Without privilege checks any user name is accepted; FLUSH PRIVILEGES loads the grant tables.
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", null);
             Statement sql = connection.createStatement()) {
            sql.execute("FLUSH PRIVILEGES");
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : HOSTS) {
                String account = "'" + user + "'@'" + host + "'";
                // ALTER as well: the account exists already when a lost credentials file is replaced.
                sql.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + created.password() + "'");
                sql.execute("ALTER USER " + account + " IDENTIFIED BY '" + created.password() + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account);
            }
            // Anonymous accounts would match before ours on some host names.
            List<String> anonymousHosts = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
                while (rows.next()) {
                    anonymousHosts.add(rows.getString(1));
                }
            }
            for (String host : anonymousHosts) {
                sql.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            // mariadb-install-db opens the "test" databases to every account.
            sql.execute("DROP DATABASE IF EXISTS test");
            sql.execute("DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%'");
            sql.execute("FLUSH PRIVILEGES");
        }
        return created;
    }
}
