package org.parcours.application.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.domain.operations.JobClaims;

/**
 * Applies the retention period every night at 03:30 (Paris), once for the whole cluster: the instance
 * that claims the day does it, the others find the day taken. A night that fails is not retried by
 * another instance; the next night catches up, since each run covers every closed cohort not yet
 * anonymised.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    static final String JOB = "privacy-retention";

    @Inject
    JobClaims claims;

    @Inject
    Retention retention;

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Paris", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        runFor(today);
    }

    /** Claims the day, then applies the period; false when another run had already claimed it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runFor(LocalDate day) {
        if (!claims.claim(JOB, day.toString())) {
            return false;
        }
        try {
            retention.apply(day);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Retention job failed for " + day, e);
        }
        return true;
    }
}
