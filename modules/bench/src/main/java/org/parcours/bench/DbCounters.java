package org.parcours.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * MariaDB's global statement counters. With nothing but the server under test using the database,
 * their change over a page's requests divided by the requests is the SQL the page costs. Reading them
 * is itself one statement (counted in Questions, not in Com_select): {@link #overhead} removes it.
 */
final class DbCounters {

    static final String[] NAMES = {"Questions", "Com_select", "Com_insert", "Com_update", "Com_delete"};

    private final Connection connection;
    private final long questionsPerRead;

    DbCounters(Connection connection) throws SQLException {
        this.connection = connection;
        Map<String, Long> a = read();
        Map<String, Long> b = read();
        this.questionsPerRead = b.get("Questions") - a.get("Questions");
    }

    Map<String, Long> read() throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN "
                     + "('Questions','Com_select','Com_insert','Com_update','Com_delete')")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    /** The change between two readings, without the second reading itself. */
    Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new HashMap<>();
        for (String name : NAMES) {
            delta.put(name, after.get(name) - before.get(name));
        }
        delta.put("Questions", delta.get("Questions") - questionsPerRead);
        return delta;
    }
}
