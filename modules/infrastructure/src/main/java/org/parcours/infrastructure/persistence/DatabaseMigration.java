package org.parcours.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before anything reads the database.
 * <p>
 * The data source comes from MicroProfile Config: {@code parcours.db.url}, {@code parcours.db.user},
 * {@code parcours.db.password} (or the environment variables {@code PARCOURS_DB_URL}, ...). Connections
 * are validated before use so that the pool recovers by itself after a database restart: with JDBC's
 * {@code isValid}, a protocol ping, not a {@code SELECT 1} statement (a page takes connections several
 * times, and a statement each time doubled the SQL a page cost), and at most once in five seconds per
 * connection (Payara loads the validation class by name at each validation, under the application
 * class loader's lock: under load, requests queued on it). A connection broken within those seconds
 * fails its statement, which the outage handling answers like any other, and leaves the pool.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/parcours",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=parcours.db.url}",
        user = "${MPCONFIG=parcours.db.user}",
        password = "${MPCONFIG=parcours.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied)");
    }
}
