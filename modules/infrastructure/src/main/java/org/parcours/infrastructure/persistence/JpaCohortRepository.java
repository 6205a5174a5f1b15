package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.cohort.CohortScope;

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
        // One statement rather than three: the rows multiply (territories x facilitators x partners),
        // but a cohort has a dozen territories and a few facilitators and partners, so about a hundred
        // rows at most, and every page and use case about a cohort starts here.
        return em.createQuery("select distinct c from Cohort c left join fetch c.territories "
                        + "left join fetch c.facilitators left join fetch c.partners where c.id = :id", Cohort.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
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
    public List<Cohort> list(CohortScope scope, int first, int max) {
        if (scope.unrestricted()) {
            return list(first, max);
        }
        if (scope.isEmpty()) {
            return List.of();
        }
        TypedQuery<Cohort> query = em.createQuery("select c from Cohort c where " + visible(scope)
                + " order by c.period.startDate desc, c.name", Cohort.class);
        bind(query, scope);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(CohortScope scope) {
        if (scope.unrestricted()) {
            return count();
        }
        if (scope.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(c) from Cohort c where " + visible(scope), Long.class);
        bind(query, scope);
        return query.getSingleResult();
    }

    /** Subqueries rather than joins, so that a cohort is never counted twice. */
    private static String visible(CohortScope scope) {
        StringBuilder where = new StringBuilder("(1 = 0");
        if (scope.partnerUsername() != null) {
            where.append(" or c.id in (select c2.id from Cohort c2 join c2.partners p where p.username = :partner)");
        }
        if (!scope.territoryIds().isEmpty()) {
            where.append(" or c.id in (select c3.id from Cohort c3 join c3.territories t where t.id in :territories)");
        }
        return where.append(")").toString();
    }

    private static void bind(TypedQuery<?> query, CohortScope scope) {
        if (scope.partnerUsername() != null) {
            query.setParameter("partner", scope.partnerUsername());
        }
        if (!scope.territoryIds().isEmpty()) {
            query.setParameter("territories", scope.territoryIds());
        }
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
