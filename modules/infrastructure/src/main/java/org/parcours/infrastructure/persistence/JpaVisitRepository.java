package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Registration;
import org.parcours.domain.visit.VisitRepository;

/** Learning visits in MariaDB. */
@ApplicationScoped
public class JpaVisitRepository implements VisitRepository {

    private static final String BATCH = "eclipselink.batch";
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<LearningVisit> find(long id) {
        Optional<LearningVisit> visit = Optional.ofNullable(em.find(LearningVisit.class, id));
        visit.ifPresent(v -> {
            v.getRegistrations().forEach(r -> r.getMember().getTerritory().getName());
            v.getCohort().getFacilitators().size();
            v.getCohort().getTerritories().size();
        });
        return visit;
    }

    @Override
    public Optional<LearningVisit> lockWithRegistrations(long id) {
        // SELECT ... FOR UPDATE on the visit row (and its registrations): concurrent registrations of
        // one visit queue here. A locking read sees the latest committed rows whatever the transaction's
        // snapshot, and the refresh puts exactly those rows into the collection the domain counts.
        Optional<LearningVisit> visit = em.createQuery("select v from LearningVisit v "
                        + "left join fetch v.registrations where v.id = :id", LearningVisit.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(REFRESH, true)
                .getResultStream().findFirst();
        visit.ifPresent(v -> {
            v.getRegistrations().forEach(r -> r.getMember().getTerritory().getName());
            v.getCohort().getTerritories().size();
            v.getCohort().getFacilitators().size();
        });
        return visit;
    }

    @Override
    public List<LearningVisit> ofCohort(long cohortId, Instant from, int max) {
        return em.createQuery("select v from LearningVisit v join fetch v.host where v.cohort.id = :cohort "
                        + "and v.startsAt >= :from order by v.startsAt, v.id", LearningVisit.class)
                .setParameter("cohort", cohortId)
                .setParameter("from", from)
                .setHint(BATCH, "v.registrations")
                // The list shows who registered and from which territory: one statement each, not one per row.
                .setHint(BATCH, "v.registrations.member")
                .setHint(BATCH, "v.registrations.member.territory")
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<LearningVisit> ofCohorts(Collection<Long> cohortIds, Instant from, int max) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from LearningVisit v join fetch v.host where v.cohort.id in :cohorts "
                        + "and v.startsAt >= :from order by v.startsAt, v.id", LearningVisit.class)
                .setParameter("cohorts", cohortIds)
                .setParameter("from", from)
                .setHint(BATCH, "v.registrations")
                // The list shows who registered and from which territory: one statement each, not one per row.
                .setHint(BATCH, "v.registrations.member")
                .setHint(BATCH, "v.registrations.member.territory")
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Registration> debriefsOfCohort(long cohortId, Instant from, Instant to, int max) {
        return em.createQuery("select r from Registration r join fetch r.visit v join fetch r.member m "
                        + "where v.cohort.id = :cohort and v.startsAt >= :from and v.startsAt < :to "
                        + "and r.debriefedAt is not null order by v.startsAt, r.arrival", Registration.class)
                .setParameter("cohort", cohortId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(LearningVisit visit) {
        em.persist(visit);
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "visit.register.twice", "");
    }
}
