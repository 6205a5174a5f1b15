package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcours.domain.resource.MarkCounts;
import org.parcours.domain.resource.ReadCount;
import org.parcours.domain.resource.Resource;
import org.parcours.domain.resource.ResourceMark;
import org.parcours.domain.resource.ResourceRepository;
import org.parcours.domain.resource.ResourceSearch;
import org.parcours.domain.resource.ResourceStatus;
import org.parcours.domain.resource.SessionResource;

/**
 * The resource centre in MariaDB. Words are looked up with LIKE in title, summary and tags (the
 * centre holds hundreds of resources, not millions; the utf8mb4_unicode_ci collation ignores case
 * and accents); every list is paged.
 */
@ApplicationScoped
public class JpaResourceRepository implements ResourceRepository {

    private static final int MAX_WORDS = 5;

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Resource> find(long id) {
        return Optional.ofNullable(em.find(Resource.class, id));
    }

    @Override
    public List<Resource> search(ResourceSearch search, int offset, int max) {
        TypedQuery<Resource> query = em.createQuery("select r from Resource r" + joins(search) + where(search)
                + " order by r.year desc, r.title, r.id", Resource.class);
        bind(query, search);
        // The themes of the whole page in one query rather than one per resource.
        query.setHint("eclipselink.batch", "r.themes");
        query.setHint("eclipselink.batch.type", "IN");
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ResourceSearch search) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Resource r" + joins(search) + where(search),
                Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    private static List<String> words(ResourceSearch search) {
        List<String> words = new ArrayList<>();
        if (search.words() != null) {
            for (String word : search.words().strip().split("\\s+")) {
                if (!word.isEmpty() && words.size() < MAX_WORDS) {
                    words.add("%" + Persistence.escapeLike(word.toLowerCase(Locale.ROOT)) + "%");
                }
            }
        }
        return words;
    }

    /** The suggester (outer: most resources have none) and, to filter on it, the theme (one row per theme). */
    private static String joins(ResourceSearch search) {
        return " left join r.suggestedBy sb" + (search.theme() == null ? "" : " join r.themes th");
    }

    private static String where(ResourceSearch search) {
        StringBuilder where = new StringBuilder(" where ");
        where.append(search.manager() ? "r.status <> :withdrawn"
                : "(r.status = :approved or (sb.id = :viewer and r.status in :ownStatuses))");
        List<String> words = words(search);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (lower(r.title) like :w").append(i)
                    .append(" or lower(r.summary) like :w").append(i)
                    .append(" or lower(r.tags) like :w").append(i).append(")");
        }
        if (search.nature() != null) {
            where.append(" and r.nature = :nature");
        }
        if (search.phase() != null) {
            where.append(" and r.phase = :phase");
        }
        if (search.type() != null) {
            where.append(" and r.type = :type");
        }
        if (search.theme() != null) {
            where.append(" and th = :theme");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, ResourceSearch search) {
        if (search.manager()) {
            query.setParameter("withdrawn", ResourceStatus.WITHDRAWN);
        } else {
            query.setParameter("approved", ResourceStatus.APPROVED);
            query.setParameter("viewer", search.viewerId() == null ? -1L : search.viewerId());
            query.setParameter("ownStatuses", List.of(ResourceStatus.SUGGESTED, ResourceStatus.DECLINED));
        }
        List<String> words = words(search);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        if (search.nature() != null) {
            query.setParameter("nature", search.nature());
        }
        if (search.phase() != null) {
            query.setParameter("phase", search.phase());
        }
        if (search.type() != null) {
            query.setParameter("type", search.type());
        }
        if (search.theme() != null) {
            query.setParameter("theme", search.theme());
        }
    }

    @Override
    public List<Resource> suggestions(int max) {
        return em.createQuery("select r from Resource r left join fetch r.suggestedBy where r.status = :status "
                        + "order by r.createdAt, r.id", Resource.class)
                .setParameter("status", ResourceStatus.SUGGESTED)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(Resource resource) {
        em.persist(resource);
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public Optional<ResourceMark> mark(long resourceId, long personId) {
        return em.createQuery("select m from ResourceMark m where m.resource.id = :r and m.person.id = :p",
                        ResourceMark.class)
                .setParameter("r", resourceId)
                .setParameter("p", personId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ResourceMark mark) {
        em.persist(mark);
        Persistence.flushOrExplain(em, null, "resource.mark.concurrent", "");
    }

    @Override
    public List<ResourceMark> marksOf(long personId, Collection<Long> resourceIds) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from ResourceMark m where m.person.id = :p and m.resource.id in :ids",
                        ResourceMark.class)
                .setParameter("p", personId)
                .setParameter("ids", resourceIds)
                .getResultList();
    }

    @Override
    public Map<Long, MarkCounts> counts(Collection<Long> resourceIds) {
        Map<Long, MarkCounts> counts = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select m.resource.id, "
                        + "sum(case when m.readAt is not null then 1 else 0 end), "
                        + "sum(case when m.useful = true then 1 else 0 end) "
                        + "from ResourceMark m where m.resource.id in :ids group by m.resource.id", Object[].class)
                .setParameter("ids", resourceIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(),
                    new MarkCounts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @Override
    public List<ReadCount> readPerTerritory(Instant from, Instant to) {
        // Instants are stored as UTC date-times (UtcInstantConverter).
        // A person belongs to a territory through the email of a team member (as for access rights).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select mb.territory_id, count(distinct rm.resource_id) "
                        + "from resource_mark rm join person p on p.id = rm.person_id "
                        + "join member mb on mb.email = p.email "
                        + "where rm.read_at >= ? and rm.read_at < ? group by mb.territory_id order by mb.territory_id")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new ReadCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    @Override
    public List<SessionResource> ofSession(long sessionId) {
        return em.createQuery("select a from SessionResource a join fetch a.resource where a.session.id = :s "
                        + "order by a.attachedAt, a.id", SessionResource.class)
                .setParameter("s", sessionId)
                .setMaxResults(SessionResource.MAX_PER_SESSION)
                .getResultList();
    }

    @Override
    public Optional<SessionResource> attachment(long sessionId, long resourceId) {
        return em.createQuery("select a from SessionResource a where a.session.id = :s and a.resource.id = :r",
                        SessionResource.class)
                .setParameter("s", sessionId)
                .setParameter("r", resourceId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(SessionResource attachment) {
        em.persist(attachment);
        Persistence.flushOrExplain(em, "resource", "resource.attach.already", "");
    }

    @Override
    public void remove(SessionResource attachment) {
        em.remove(attachment);
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public List<Resource> approvedAddedIn(Instant from, Instant to, int max) {
        return em.createQuery("select r from Resource r where r.status = :status and r.createdAt >= :from"
                        + " and r.createdAt < :to order by r.createdAt, r.id", Resource.class)
                .setParameter("status", ResourceStatus.APPROVED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }
}
