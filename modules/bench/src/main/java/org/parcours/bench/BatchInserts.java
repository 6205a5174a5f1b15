package org.parcours.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Batched inserts into several tables over one connection: rows are sent in batches (the MariaDB
 * driver sends a batch as one bulk command) and committed every {@link #BATCH} rows of a table.
 */
final class BatchInserts implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final Connection connection;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    BatchInserts(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            // The generator writes consistent rows in dependency order: checking each key again is wasted time.
            statement.execute("SET SESSION foreign_key_checks = 0");
            statement.execute("SET SESSION unique_checks = 0");
        }
    }

    /** The table {@code name} with these columns, in the order of the values given to {@link Table#add}. */
    Table table(String name, String... columns) throws SQLException {
        Table table = tables.get(name);
        if (table == null) {
            String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
            table = new Table(name, columns.length, connection.prepareStatement(sql));
            tables.put(name, table);
        }
        return table;
    }

    /** Rows written so far, per table. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.name, t.rows));
        return counts;
    }

    void flush() throws SQLException {
        for (Table table : tables.values()) {
            table.flush();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (Table table : tables.values()) {
            table.statement.close();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 1");
            statement.execute("SET SESSION unique_checks = 1");
        }
        connection.setAutoCommit(true);
    }

    final class Table {
        private final String name;
        private final int width;
        private final PreparedStatement statement;
        private int pending;
        private long rows;

        private Table(String name, int width, PreparedStatement statement) {
            this.name = name;
            this.width = width;
            this.statement = statement;
        }

        void add(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + width + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            rows++;
            if (++pending == BATCH) {
                flush();
                connection.commit();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
