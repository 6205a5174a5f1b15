package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;
import org.parcours.domain.territory.TerritorySearch;

/** Territories in MariaDB. Searches match the name or the region, ignoring case. */
@ApplicationScoped
public class JpaTerritoryRepository implements TerritoryRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Territory> find(long id) {
        return Optional.ofNullable(em.find(Territory.class, id));
    }

    @Override
    public Optional<Territory> findWithMembers(long id) {
        return em.createQuery("select distinct t from Territory t left join fetch t.members where t.id = :id",
                        Territory.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Territory> findByName(String name) {
        return em.createQuery("select t from Territory t where t.name = :name", Territory.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Territory> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Territory t where t.id in :ids order by t.name", Territory.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Long> idsWithMember(EmailAddress email) {
        return em.createQuery("select distinct m.territory.id from Member m where m.email.value = :email", Long.class)
                .setParameter("email", email.getValue())
                .getResultList();
    }

    @Override
    public void add(Territory territory) {
        em.persist(territory);
        Persistence.flushOrExplain(em, "name", "territory.name.duplicate", territory.getName());
    }

    @Override
    public List<Territory> search(TerritorySearch search, int first, int max) {
        String order = switch (search.sort()) {
            case KIND -> "t.kind";
            case REGION -> "t.region";
            case NAME -> "t.name";
        };
        String direction = search.ascending() ? " asc" : " desc";
        TypedQuery<Territory> query = em.createQuery("select t from Territory t" + where(search)
                + " order by " + order + direction + ", t.name asc", Territory.class);
        bind(query, search);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(TerritorySearch search) {
        TypedQuery<Long> query = em.createQuery("select count(t) from Territory t" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, "name", "territory.name.duplicate", "");
    }

    private static String where(TerritorySearch search) {
        return search.text().isEmpty() ? ""
                : " where lower(t.name) like :text or lower(t.region) like :text";
    }

    private static void bind(TypedQuery<?> query, TerritorySearch search) {
        if (!search.text().isEmpty()) {
            query.setParameter("text", "%" + Persistence.escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
    }
}
