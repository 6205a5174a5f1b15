package org.parcours.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void a_lost_connection_deep_in_the_causes_means_unavailable() {
        Throwable wrapped = new PersistenceException("query failed",
                new RuntimeException(new SQLNonTransientConnectionException("Connection refused")));
        assertThat(DatabaseFailures.isUnavailable(wrapped)).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("link down", "08S01"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))).isTrue();
    }

    @Test
    void other_database_errors_are_not_an_outage() {
        assertThat(DatabaseFailures.isUnavailable(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(null)).isFalse();
    }
}
