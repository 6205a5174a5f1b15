package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookPicture;
import org.parcours.domain.logbook.LogbookRepository;
import org.parcours.domain.logbook.LogbookStatus;

/** Logbook issues in MariaDB: one per cohort and month (unique key), listed by cohort through its index. */
@ApplicationScoped
public class JpaLogbookRepository implements LogbookRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<LogbookIssue> find(long id) {
        return em.createQuery("select i from LogbookIssue i join fetch i.cohort where i.id = :id", LogbookIssue.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<LogbookIssue> find(long cohortId, YearMonth month) {
        return em.createQuery("select i from LogbookIssue i where i.cohort.id = :cohort and i.monthStart = :month",
                        LogbookIssue.class)
                .setParameter("cohort", cohortId).setParameter("month", month.atDay(1))
                .getResultStream().findFirst();
    }

    @Override
    public List<LogbookIssue> ofCohort(long cohortId, boolean withDrafts, int max) {
        TypedQuery<LogbookIssue> query = em.createQuery("select i from LogbookIssue i where i.cohort.id = :cohort"
                + (withDrafts ? "" : " and i.status = :published") + " order by i.monthStart desc", LogbookIssue.class)
                .setParameter("cohort", cohortId);
        if (!withDrafts) {
            query.setParameter("published", LogbookStatus.PUBLISHED);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<LogbookPicture> picture(long pictureId) {
        return em.createQuery("select p from LogbookPicture p join fetch p.issue i join fetch i.cohort where p.id = :id",
                        LogbookPicture.class)
                .setParameter("id", pictureId).getResultStream().findFirst();
    }

    @Override
    public void add(LogbookIssue issue) {
        em.persist(issue);
        Persistence.flushOrExplain(em, "month", "logbook.month.taken", issue.month().toString());
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "logbook.month.taken", "");
    }
}
