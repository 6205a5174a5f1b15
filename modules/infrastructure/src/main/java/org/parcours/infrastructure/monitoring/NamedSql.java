package org.parcours.infrastructure.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with {@code :name} parameters, used any number of times, a collection expanding to a list of
 * placeholders; instants are bound as UTC date-times (how the schema stores them). Values are always
 * bound, never written into the SQL.
 */
final class NamedSql {

    private static final Pattern NAME = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    private final String sql;
    private final List<Object> values;

    private NamedSql(String sql, List<Object> values) {
        this.sql = sql;
        this.values = values;
    }

    static NamedSql of(String text, Map<String, ?> parameters) {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!parameters.containsKey(m.group(1))) {
                throw new IllegalArgumentException("No value for :" + m.group(1));
            }
            Object value = parameters.get(m.group(1));
            String placeholders;
            if (value instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    throw new IllegalArgumentException("Empty list for :" + m.group(1));
                }
                placeholders = String.join(",", java.util.Collections.nCopies(many.size(), "?"));
                many.forEach(v -> values.add(bindable(v)));
            } else {
                placeholders = "?";
                values.add(bindable(value));
            }
            m.appendReplacement(sql, placeholders);
        }
        m.appendTail(sql);
        return new NamedSql(sql.toString(), values);
    }

    private static Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    String sql() {
        return sql;
    }
}
