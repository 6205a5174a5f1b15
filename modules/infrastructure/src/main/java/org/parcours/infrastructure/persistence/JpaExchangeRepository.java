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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.ExchangeSettings;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.visit.Theme;

/**
 * The exchange space in MariaDB. Lists are paged on indexed columns (a cohort's threads by last
 * activity, a thread's posts by time); authors are fetched with their page, never one by one.
 * Mentions and the digest's selection are plain SQL over indexed tables.
 */
@ApplicationScoped
public class JpaExchangeRepository implements ExchangeRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<DiscussionThread> thread(long id) {
        return em.createQuery("select t from DiscussionThread t join fetch t.cohort join fetch t.startedBy where t.id = :id",
                DiscussionThread.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<DiscussionThread> threads(long cohortId, Theme theme, int first, int max) {
        TypedQuery<DiscussionThread> query = em.createQuery("select t from DiscussionThread t join fetch t.startedBy"
                + " where t.cohort.id = :cohort" + (theme == null ? "" : " and t.theme = :theme")
                + " order by t.lastPostAt desc, t.id desc", DiscussionThread.class)
                .setParameter("cohort", cohortId);
        if (theme != null) {
            query.setParameter("theme", theme);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    @Override
    public long countThreads(long cohortId, Theme theme) {
        TypedQuery<Long> query = em.createQuery("select count(t) from DiscussionThread t where t.cohort.id = :cohort"
                + (theme == null ? "" : " and t.theme = :theme"), Long.class).setParameter("cohort", cohortId);
        if (theme != null) {
            query.setParameter("theme", theme);
        }
        return query.getSingleResult();
    }

    @Override
    public Optional<Post> post(long id) {
        return em.createQuery("select p from Post p join fetch p.thread t join fetch t.cohort join fetch p.author"
                + " where p.id = :id", Post.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Post> posts(long threadId, boolean withHidden, int first, int max) {
        return em.createQuery("select p from Post p join fetch p.author where p.thread.id = :thread"
                        + (withHidden ? "" : " and p.hidden = false") + " order by p.postedAt, p.id", Post.class)
                .setParameter("thread", threadId)
                .setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    @Override
    public long countPosts(long threadId, boolean withHidden) {
        return em.createQuery("select count(p) from Post p where p.thread.id = :thread"
                + (withHidden ? "" : " and p.hidden = false"), Long.class)
                .setParameter("thread", threadId).getSingleResult();
    }

    @Override
    public List<Long> participants(long threadId, int max) {
        return em.createQuery("select distinct p.author.id from Post p where p.thread.id = :thread", Long.class)
                .setParameter("thread", threadId).setMaxResults(max).getResultList();
    }

    @Override
    public void mention(long postId, Collection<Long> personIds) {
        for (Long person : personIds) {
            em.createNativeQuery("INSERT IGNORE INTO exchange_mention (post_id, person_id) VALUES (?, ?)")
                    .setParameter(1, postId).setParameter(2, person).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> readers(long cohortId, boolean partners, Collection<Long> among, int max) {
        if (among != null && among.isEmpty()) {
            return List.of();
        }
        // The ids are Longs, written into the statement as numbers (a native IN list cannot be bound).
        String restriction = among == null ? "" : " AND p.id IN ("
                + String.join(",", among.stream().map(id -> Long.toString(id)).toList()) + ")";
        List<Object> ids = em.createNativeQuery("""
                SELECT p.id FROM person p WHERE p.active = TRUE AND (
                  EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role IN ('ADMIN', 'FACILITATOR'))
                  OR (EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = 'TERRITORY')
                      AND EXISTS (SELECT 1 FROM member m JOIN cohort_territory ct ON ct.territory_id = m.territory_id
                                  WHERE ct.cohort_id = ?1 AND m.email = p.email))
                  OR (?2 AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = 'PARTNER')
                      AND EXISTS (SELECT 1 FROM cohort_partner cp WHERE cp.cohort_id = ?1 AND cp.person_id = p.id)))
                """ + restriction + " ORDER BY p.display_name, p.id LIMIT ?3")
                .setParameter(1, cohortId).setParameter(2, partners).setParameter(3, max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, List<Long>> digestPosts(Instant from, Instant to, int max) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT pref.person_id, p.id, p.posted_at FROM exchange_mail_preference pref
                  JOIN exchange_post p ON p.posted_at >= ?1 AND p.posted_at < ?2 AND p.hidden = FALSE
                                      AND p.author_id <> pref.person_id
                 WHERE pref.frequency = 'DAILY_DIGEST'
                   AND (EXISTS (SELECT 1 FROM exchange_post mine
                                 WHERE mine.thread_id = p.thread_id AND mine.author_id = pref.person_id)
                        OR EXISTS (SELECT 1 FROM exchange_mention m WHERE m.post_id = p.id AND m.person_id = pref.person_id))
                 ORDER BY pref.person_id, p.posted_at, p.id LIMIT ?3""")
                .setParameter(1, utc(from)).setParameter(2, utc(to)).setParameter(3, max).getResultList();
        Map<Long, List<Long>> posts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            posts.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return posts;
    }

    @Override
    public List<Post> postsWithThreads(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Post p join fetch p.thread t join fetch t.cohort join fetch p.author"
                + " where p.id in :ids order by p.postedAt, p.id", Post.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<ExchangeSettings> settings(long cohortId) {
        return em.createQuery("select s from ExchangeSettings s where s.cohort.id = :cohort", ExchangeSettings.class)
                .setParameter("cohort", cohortId).getResultStream().findFirst();
    }

    @Override
    public Optional<MailPreference> preference(long personId) {
        return em.createQuery("select m from MailPreference m where m.person.id = :person", MailPreference.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    @Override
    public List<MailPreference> preferences(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from MailPreference m join fetch m.person where m.person.id in :ids",
                MailPreference.class).setParameter("ids", personIds).getResultList();
    }

    @Override
    public Optional<MailPreference> preferenceByToken(String token) {
        return em.createQuery("select m from MailPreference m where m.unsubscribeToken = :token", MailPreference.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    @Override
    public void add(DiscussionThread thread) {
        em.persist(thread);
    }

    @Override
    public void add(Post post) {
        em.persist(post);
        em.flush();
    }

    @Override
    public void add(ExchangeSettings settings) {
        em.persist(settings);
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public void add(MailPreference preference) {
        em.persist(preference);
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
