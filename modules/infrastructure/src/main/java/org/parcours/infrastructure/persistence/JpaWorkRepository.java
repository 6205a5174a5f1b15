package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.work.Assignment;
import org.parcours.domain.work.Submission;
import org.parcours.domain.work.WorkRepository;

/** Assignments and submissions in MariaDB. */
@ApplicationScoped
public class JpaWorkRepository implements WorkRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Assignment> assignmentOf(long sessionId) {
        return em.createQuery("select a from Assignment a where a.session.id = :session", Assignment.class)
                .setParameter("session", sessionId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Assignment> findAssignment(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public List<Submission> submissionsOf(long assignmentId) {
        return em.createQuery("select s from Submission s join fetch s.territory where s.assignment.id = :a",
                        Submission.class)
                .setParameter("a", assignmentId)
                .setHint("eclipselink.batch", "s.attachments")
                .setMaxResults(2000)
                .getResultList();
    }

    @Override
    public Optional<Submission> submission(long assignmentId, long territoryId) {
        return em.createQuery("select s from Submission s where s.assignment.id = :a and s.territory.id = :t",
                        Submission.class)
                .setParameter("a", assignmentId)
                .setParameter("t", territoryId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Submission> findSubmission(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
        Persistence.flushOrExplain(em, null, "assignment.exists", "");
    }

    @Override
    public void add(Submission submission) {
        em.persist(submission);
        Persistence.flushOrExplain(em, null, "submission.concurrent", "");
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "submission.concurrent", "");
    }
}
