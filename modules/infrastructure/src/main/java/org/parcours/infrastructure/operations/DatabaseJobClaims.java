package org.parcours.infrastructure.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.parcours.domain.operations.JobClaims;

/**
 * Claims a job's period with {@code INSERT IGNORE} on the {@code job_run} primary key, in a
 * transaction of its own: the claim is committed before the job's work begins, and an instance that
 * loses the race sees zero inserted rows rather than an error.
 */
@ApplicationScoped
public class DatabaseJobClaims implements JobClaims {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT IGNORE INTO job_run (job, period, claimed_by) VALUES (?, ?, ?)")) {
            insert.setString(1, job);
            insert.setString(2, period);
            insert.setString(3, INSTANCE.length() > 120 ? INSTANCE.substring(0, 120) : INSTANCE);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim " + job + " for " + period, e);
        }
    }
}
