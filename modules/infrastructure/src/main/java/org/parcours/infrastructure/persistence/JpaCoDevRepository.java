package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.codev.CoDevRepository;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.territory.EmailAddress;

/** Co-development groups and sessions in MariaDB; lists batch-load their collections (no N+1). */
@ApplicationScoped
public class JpaCoDevRepository implements CoDevRepository {

    private static final String BATCH = "eclipselink.batch";

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<CoDevGroup> findGroup(long id) {
        // Members and their territories in the same statement (the page names each member's territory).
        Optional<CoDevGroup> group = em.createQuery("select g from CoDevGroup g join fetch g.cohort where g.id = :id",
                        CoDevGroup.class)
                .setParameter("id", id)
                .setHint("eclipselink.left-join-fetch", "g.members.territory")
                .getResultStream().findFirst();
        group.ifPresent(g -> {
            g.getMembers().forEach(m -> m.getTerritory().getName());
            g.getCohort().getFacilitators().size();
            g.getCohort().getTerritories().size();
        });
        return group;
    }

    @Override
    public List<CoDevGroup> groupsOfCohort(long cohortId, int max) {
        return em.createQuery("select g from CoDevGroup g where g.cohort.id = :cohort order by g.name, g.id",
                        CoDevGroup.class)
                .setParameter("cohort", cohortId)
                .setHint(BATCH, "g.members")
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<CoDevGroup> groupsWithMember(EmailAddress email, int max) {
        return em.createQuery("select distinct g from CoDevGroup g join g.members m where m.email = :email "
                        + "order by g.name", CoDevGroup.class)
                .setParameter("email", email)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> groupedMemberIds(long cohortId) {
        return em.createQuery("select m.id from CoDevGroup g join g.members m where g.cohort.id = :cohort", Long.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public List<CoDevSession> sessionsOfGroup(long groupId, int max) {
        return em.createQuery("select c from CoDevSession c join fetch c.session s where c.group.id = :group "
                        + "order by s.startsAt, c.id", CoDevSession.class)
                .setParameter("group", groupId)
                .setHint(BATCH, "c.client")
                .setHint(BATCH, "c.participants")
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<CoDevSession> findSession(long id) {
        // The session, its group with its animateur, members and their territories, the cohort and its
        // facilitators (who may run it) in one statement: a group has a handful of members and a cohort
        // a few facilitators. Reading the group afterwards found it already in the persistence context
        // and loaded its members and their territories one statement each.
        Optional<CoDevSession> session = em.createQuery("select c from CoDevSession c join fetch c.session "
                        + "join fetch c.group where c.id = :id", CoDevSession.class)
                .setParameter("id", id)
                .setHint("eclipselink.join-fetch", "c.group.cohort")
                .setHint("eclipselink.join-fetch", "c.group.animateur")
                .setHint("eclipselink.left-join-fetch", "c.group.members.territory")
                .setHint("eclipselink.left-join-fetch", "c.group.cohort.facilitators")
                .getResultStream().findFirst();
        session.ifPresent(c -> c.getGroup().getCohort().getFacilitators().size());
        return session;
    }

    @Override
    public Optional<CoDevSession> findBySchedule(long scheduleSessionId) {
        return em.createQuery("select c from CoDevSession c where c.session.id = :id", CoDevSession.class)
                .setParameter("id", scheduleSessionId)
                .getResultStream().findFirst()
                .flatMap(c -> findSession(c.getId()));
    }

    @Override
    public List<CoDevSession> commitmentsOfClient(EmailAddress email, int max) {
        return em.createQuery("select c from CoDevSession c join fetch c.session s join fetch c.group "
                        + "where c.client.email = :email and c.commitment.text is not null order by s.startsAt desc",
                        CoDevSession.class)
                .setParameter("email", email)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<String> shareableLearnings(long cohortId, Instant from, Instant to, int max) {
        // Only the texts: reading the sessions' learnings as entities batches their authors (eclipselink-orm.xml),
        // which a JOIN batch of the learnings refuses, and nothing here needs an author.
        @SuppressWarnings("unchecked")
        List<String> texts = em.createNativeQuery("select l.text from codev_learning l"
                        + " join codev_session c on c.id = l.codev_session_id join path_session s on s.id = c.session_id"
                        + " where s.cohort_id = ? and c.status = 'FINISHED' and s.starts_at >= ? and s.starts_at < ?"
                        + " and l.shareable order by s.starts_at, c.id, l.position")
                .setParameter(1, cohortId)
                .setParameter(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(3, LocalDateTime.ofInstant(to, ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
        return texts;
    }

    @Override
    public void add(CoDevGroup group) {
        em.persist(group);
    }

    @Override
    public void add(CoDevSession session) {
        em.persist(session);
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }
}
