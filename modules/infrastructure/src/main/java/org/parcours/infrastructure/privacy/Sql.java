package org.parcours.infrastructure.privacy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small JDBC helpers for the sections: rows as maps named by their columns' labels, updates, IN lists. */
final class Sql {

    private Sql() {
    }

    static List<Map<String, Object>> rows(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), value(result.getObject(i)));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Personal data query failed: " + sql, e);
        }
    }

    static List<Long> ids(Connection connection, String sql, Object... parameters) {
        return rows(connection, sql, parameters).stream()
                .map(row -> ((Number) row.values().iterator().next()).longValue()).toList();
    }

    static int update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Personal data update failed: " + sql, e);
        }
    }

    /** "(?, ?, ?)" for the ids, or "(NULL)" (matches nothing) when there are none. */
    static String in(Collection<?> ids) {
        return ids.isEmpty() ? "(NULL)" : ids.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
    }

    /** The parameters followed by the ids, for a statement using {@link #in}. */
    static Object[] with(Collection<?> ids, Object... parameters) {
        List<Object> all = new ArrayList<>(List.of(parameters));
        all.addAll(ids);
        return all.toArray();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Dates and times as ISO-8601 text (UTC for instants: they are stored in UTC). */
    private static Object value(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString() + "Z";
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.temporal.Temporal temporal) {
            return temporal instanceof java.time.LocalDateTime time ? time + "Z" : temporal.toString();
        }
        return value;
    }
}
