package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.parcours.domain.audit.AuditEvent;
import org.parcours.domain.audit.AuditRepository;
import org.parcours.domain.audit.AuditSearch;

/** The audit trail in MariaDB: appended to, read newest first through the indexed columns. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> search(AuditSearch search, int first, int max) {
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where(search)
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        bind(query, search);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditSearch search) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    private static String where(AuditSearch search) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (search.action() != null) {
            where.append(" and e.action = :action");
        }
        if (search.text() != null) {
            where.append(" and (lower(e.subject) like :text or lower(e.detail) like :text)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditSearch search) {
        if (search.actor() != null) {
            query.setParameter("actor", search.actor());
        }
        if (search.action() != null) {
            query.setParameter("action", search.action());
        }
        if (search.text() != null) {
            query.setParameter("text", "%" + Persistence.escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
    }
}
