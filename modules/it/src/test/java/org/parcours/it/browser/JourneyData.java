package org.parcours.it.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads identifiers the journeys need from the test database (what they do goes through the pages). */
final class JourneyData {

    private JourneyData() {
    }

    static long id(String sql, Object... parameters) throws SQLException {
        String value = text(sql, parameters);
        if (value == null) {
            throw new AssertionError("Nothing found by " + sql);
        }
        return Long.parseLong(value);
    }

    /** The first column of the first row, or null when there is no row. */
    static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("parcours.it.db.url"),
                System.getProperty("parcours.it.db.user"), System.getProperty("parcours.it.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
