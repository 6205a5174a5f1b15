package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;

/** Sessions in MariaDB. Ranges use the (cohort_id, starts_at) and (starts_at, ends_at) indexes. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    /** Batch-loads the collections of a page of sessions in one query each instead of one per session. */
    private static final String BATCH = "eclipselink.batch";

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Session> find(long id) {
        return Optional.ofNullable(em.find(Session.class, id));
    }

    @Override
    public Optional<Session> findWithDetails(long id) {
        Optional<Session> session = em.createQuery(
                        "select s from Session s join fetch s.cohort left join fetch s.facilitators where s.id = :id",
                        Session.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
        session.ifPresent(s -> {
            s.getTerritories().size();
            s.getCohort().getTerritories().size();
            s.getCohort().getFacilitators().size();
            s.getResources().size();
        });
        return session;
    }

    @Override
    public List<Session> ofCohort(long cohortId, Instant from, Instant to, int max) {
        return em.createQuery("select s from Session s where s.cohort.id = :cohort "
                        + "and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id", Session.class)
                .setParameter("cohort", cohortId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint(BATCH, "s.facilitators")
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Two index-bound reads merged here, rather than one query with an OR across a join: that OR made
     * MariaDB scan every session of the country in the range (all cohorts), a cost growing with the
     * national data. The whole-cohort sessions of the territories' cohorts come through
     * (cohort_id, starts_at); the sessions naming the territories through session_territory.
     */
    @Override
    public List<Session> ofTerritories(Collection<Long> territoryIds, Instant from, Instant to, int max) {
        if (territoryIds.isEmpty()) {
            return List.of();
        }
        List<Session> ofCohorts = em.createQuery("select s from Session s where s.wholeCohort = true "
                        + "and s.cohort.id in (select c.id from Cohort c join c.territories ct where ct.id in :ids) "
                        + "and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id", Session.class)
                .setParameter("ids", territoryIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
        List<Session> named = em.createQuery("select distinct s from Session s join s.territories t "
                        + "where t.id in :ids and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id",
                        Session.class)
                .setParameter("ids", territoryIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
        // By id: outside a transaction the two reads may return distinct copies of a session.
        Map<Long, Session> both = new LinkedHashMap<>();
        ofCohorts.forEach(session -> both.put(session.getId(), session));
        named.forEach(session -> both.putIfAbsent(session.getId(), session));
        return both.values().stream()
                .sorted(Comparator.comparing(Session::getStartsAt).thenComparing(Session::getId))
                .limit(max)
                .toList();
    }

    @Override
    public List<Session> runBy(long personId, Instant from, Instant to, int max) {
        return em.createQuery("select s from Session s join s.facilitators f where f.id = :person "
                        + "and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id", Session.class)
                .setParameter("person", personId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Session> overlapping(Instant from, Instant to, Collection<Long> facilitatorIds,
            Collection<Long> territoryIds, int max) {
        // An empty IN () is not SQL: an id no row has stands for "none".
        List<Long> people = facilitatorIds.isEmpty() ? List.of(-1L) : List.copyOf(facilitatorIds);
        List<Long> places = territoryIds.isEmpty() ? List.of(-1L) : List.copyOf(territoryIds);
        return em.createQuery("select distinct s from Session s left join s.facilitators f left join s.territories t "
                        + "where s.cancelled = false and s.startsAt < :to and s.endsAt > :from "
                        + "and (f.id in :people or t.id in :places or (s.wholeCohort = true and s.cohort in "
                        + "(select c from Cohort c join c.territories ct where ct.id in :places)))", Session.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("people", people)
                .setParameter("places", places)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countOfCohort(long cohortId) {
        return em.createQuery("select count(s) from Session s where s.cohort.id = :cohort", Long.class)
                .setParameter("cohort", cohortId)
                .getSingleResult();
    }

    @Override
    public List<Session> pageOfCohort(long cohortId, int first, int max) {
        return em.createQuery("select s from Session s where s.cohort.id = :cohort order by s.startsAt, s.id",
                        Session.class)
                .setParameter("cohort", cohortId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(Session session) {
        em.persist(session);
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }
}
