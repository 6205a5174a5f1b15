package org.parcours.infrastructure.privacy;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.parcours.domain.privacy.PersonalDataSection;

/** A section reading and anonymising its area's tables over the application's (JTA) data source. */
abstract class SqlSection implements PersonalDataSection {

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for personal data", e);
        }
    }
}
