package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.testimony.SessionSpeakers;
import org.parcours.domain.testimony.SpeakersRepository;
import org.parcours.domain.testimony.Takeaway;

/** Speakers and takeaways of testimonies and practical situations in MariaDB. */
@ApplicationScoped
public class JpaSpeakersRepository implements SpeakersRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<SessionSpeakers> ofSession(long sessionId) {
        return em.createQuery("select s from SessionSpeakers s where s.session.id = :id", SessionSpeakers.class)
                .setParameter("id", sessionId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Takeaway> takeaways(long sessionId, int max) {
        return em.createQuery("select t from Takeaway t join fetch t.person where t.session.id = :id "
                        + "order by t.writtenAt, t.id", Takeaway.class)
                .setParameter("id", sessionId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<Takeaway> takeaway(long sessionId, long personId) {
        return em.createQuery("select t from Takeaway t where t.session.id = :id and t.person.id = :person",
                        Takeaway.class)
                .setParameter("id", sessionId)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Session> speakingSessions(Collection<Long> cohortIds, Instant from, Instant to, int max) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Session s join fetch s.cohort where s.cohort.id in :cohorts "
                        + "and s.kind in :kinds and s.startsAt >= :from and s.startsAt < :to "
                        + "order by s.startsAt, s.id", Session.class)
                .setParameter("cohorts", cohortIds)
                .setParameter("kinds", List.of(SessionKind.TESTIMONY, SessionKind.ROLE_PLAY))
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(SessionSpeakers speakers) {
        em.persist(speakers);
    }

    @Override
    public void add(Takeaway takeaway) {
        em.persist(takeaway);
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }
}
