package org.parcours.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells a failure to reach the database (stopped, restarting, unreachable: the request may succeed
 * in a moment) from any other error, so that people get "temporarily unavailable" and not an error.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // Payara's pool reports an exhausted or unreachable pool without an SQL state.
            if (message.contains("error in allocating a connection") || message.contains("communications link failure")
                    || message.contains("connection refused") || message.contains("socket fail to connect")) {
                return true;
            }
        }
        return false;
    }
}
