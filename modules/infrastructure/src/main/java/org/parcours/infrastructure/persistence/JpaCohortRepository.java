package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;

/** Cohorts in MariaDB. */
@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    @Override
    public Optional<Cohort> findWithDetails(long id) {
        Optional<Cohort> cohort = em.createQuery(
                        "select distinct c from Cohort c left join fetch c.territories where c.id = :id", Cohort.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
        // A second fetch join in the same query would multiply rows: load the facilitators apart.
        cohort.ifPresent(c -> em.createQuery(
                        "select distinct c from Cohort c left join fetch c.facilitators where c.id = :id", Cohort.class)
                .setParameter("id", id)
                .getResultList());
        return cohort;
    }

    @Override
    public Optional<Cohort> findByName(String name) {
        return em.createQuery("select c from Cohort c where c.name = :name", Cohort.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Cohort> followedBy(Collection<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct c from Cohort c join fetch c.territories t where c.id in "
                        + "(select c2.id from Cohort c2 join c2.territories t2 where t2.id in :ids)", Cohort.class)
                .setParameter("ids", territoryIds)
                .getResultList();
    }

    @Override
    public List<Cohort> followedBy(long territoryId) {
        return em.createQuery("select c from Cohort c join c.territories t where t.id = :id "
                        + "order by c.period.startDate desc", Cohort.class)
                .setParameter("id", territoryId)
                .setMaxResults(100)
                .getResultList();
    }

    @Override
    public List<Cohort> list(int first, int max) {
        return em.createQuery("select c from Cohort c order by c.period.startDate desc, c.name", Cohort.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Cohort c", Long.class).getSingleResult();
    }

    @Override
    public void add(Cohort cohort) {
        em.persist(cohort);
        Persistence.flushOrExplain(em, "name", "cohort.name.duplicate", cohort.getName());
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, "name", "cohort.name.duplicate", "");
    }
}
