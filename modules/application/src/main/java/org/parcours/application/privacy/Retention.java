package org.parcours.application.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.application.access.Access;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.person.Role;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.PersonalDataRepository;
import org.parcours.domain.privacy.RetentionPeriod;

/**
 * The retention period: the participants of cohorts closed (past their end date) for longer than
 * {@code parcours.retention.closed-cohort-months} (PARCOURS_RETENTION_CLOSED_COHORT_MONTHS, default
 * 36) are anonymised as an erasure would, unless they still take part in a cohort kept. Run daily by
 * {@link RetentionJob}, or at once by an admin.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final String ACTOR = "retention-job";

    @Inject
    @ConfigProperty(name = "parcours.retention.closed-cohort-months", defaultValue = "36")
    int months;

    @Inject
    PersonalDataRepository subjects;

    @Inject
    Erasure erasure;

    @Inject
    AuditTrail audit;

    @Inject
    Access access;

    private final Clock clock = Clock.system(ZoneId.of("Europe/Paris"));

    /** An admin applies the period now (also the path tests take); returns how many people were anonymised. */
    @Transactional
    public int applyNow() {
        access.requireAny("privacy.retention", Role.ADMIN);
        return apply(LocalDate.now(clock));
    }

    /** Anonymises whom the period reaches on {@code today}; returns how many people. */
    @Transactional
    public int apply(LocalDate today) {
        LocalDate closedBefore = new RetentionPeriod(months).closedBefore(today);
        List<Long> cohorts = subjects.cohortsEndedBefore(closedBefore);
        if (cohorts.isEmpty()) {
            return 0;
        }
        List<DataSubject> reached = subjects.subjectsOnlyIn(cohorts, closedBefore);
        Instant now = Instant.now();
        for (DataSubject subject : reached) {
            erasure.erase(subject, now);
        }
        subjects.markAnonymised(cohorts, now);
        audit.system(ACTOR, AuditAction.RETENTION_APPLIED, "cohorts " + cohorts,
                reached.size() + " people anonymised (closed before " + closedBefore + ", " + months + " months)");
        LOG.info(() -> "Retention: " + reached.size() + " people of " + cohorts.size() + " closed cohort(s) anonymised.");
        return reached.size();
    }
}
