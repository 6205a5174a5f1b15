package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentRound;
import org.parcours.domain.evaluation.AssessmentScores;
import org.parcours.domain.evaluation.Average;
import org.parcours.domain.evaluation.CohortEvaluationSummary;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.Questionnaire;
import org.parcours.domain.evaluation.ResponseRate;
import org.parcours.domain.evaluation.ResponseRates;
import org.parcours.domain.evaluation.SelfAssessment;
import org.parcours.domain.evaluation.SessionFeedback;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;

/**
 * Evaluation in MariaDB. Results are summed by the database (count and sums per session or per
 * territory), so a results page costs a few grouped queries whatever the number of answers.
 */
@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public boolean hasAnswered(long sessionId, long memberId) {
        return em.createQuery("select count(f) from SessionFeedback f where f.session.id = :s and f.member.id = :m",
                        Long.class)
                .setParameter("s", sessionId).setParameter("m", memberId).getSingleResult() > 0;
    }

    @Override
    public List<Long> respondents(long sessionId) {
        return em.createQuery("select f.member.id from SessionFeedback f where f.session.id = :s and f.member is not null",
                        Long.class)
                .setParameter("s", sessionId).getResultList();
    }

    @Override
    public void add(SessionFeedback feedback) {
        em.persist(feedback);
        Persistence.flushOrExplain(em, null, "evaluation.feedback.alreadyAnswered", "");
    }

    @Override
    public List<SessionScores> sessionScores(long cohortId, int max) {
        return em.createQuery("select s.id, s.title, s.kind, s.startsAt, count(f), sum(f.usefulness), sum(f.satisfaction) "
                        + "from SessionFeedback f join f.session s where s.cohort.id = :c "
                        + "group by s.id, s.title, s.kind, s.startsAt order by s.startsAt, s.id", Object[].class)
                .setParameter("c", cohortId)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> new SessionScores((Long) row[0], (String) row[1], (SessionKind) row[2], (Instant) row[3],
                        Average.of(number(row[5]), number(row[4])), Average.of(number(row[6]), number(row[4]))))
                .toList();
    }

    @Override
    public SessionScores sessionScores(Session session) {
        Object[] row = em.createQuery("select count(f), sum(f.usefulness), sum(f.satisfaction) from SessionFeedback f "
                        + "where f.session.id = :s", Object[].class)
                .setParameter("s", session.getId()).getSingleResult();
        return new SessionScores(session.getId(), session.getTitle(), session.getKind(), session.getStartsAt(),
                Average.of(number(row[1]), number(row[0])), Average.of(number(row[2]), number(row[0])));
    }

    @Override
    public List<FeedbackScores> feedbackByTerritory(long cohortId) {
        return em.createQuery("select t.id, t.name, count(f), sum(f.usefulness), sum(f.satisfaction) "
                        + "from SessionFeedback f join f.territory t where f.session.cohort.id = :c "
                        + "group by t.id, t.name order by t.name", Object[].class)
                .setParameter("c", cohortId)
                .getResultList().stream()
                .map(row -> new FeedbackScores((Long) row[0], (String) row[1],
                        Average.of(number(row[3]), number(row[2])), Average.of(number(row[4]), number(row[2]))))
                .toList();
    }

    @Override
    public List<CohortEvaluationSummary> summaries(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(cohortIds.size(), "?"));
        // Scores of the teams each cohort still follows, summed per round: the same figures as the cohort's
        // results (AssessmentResults), for every cohort at once.
        Query scores = em.createNativeQuery("SELECT c.id, c.name, g.scale_max, a.round, COUNT(x.score), SUM(x.score) "
                + "FROM cohort c LEFT JOIN assessment_grid g ON g.cohort_id = c.id "
                + "LEFT JOIN (self_assessment a JOIN self_assessment_answer x ON x.assessment_id = a.id "
                + "JOIN cohort_territory ct ON ct.territory_id = a.territory_id) "
                + "ON a.grid_id = g.id AND ct.cohort_id = c.id "
                + "WHERE c.id IN (" + in + ") GROUP BY c.id, c.name, g.scale_max, a.round");
        Query feedback = em.createNativeQuery("SELECT s.cohort_id, COUNT(*), SUM(f.usefulness), SUM(f.satisfaction) "
                + "FROM session_feedback f JOIN path_session s ON s.id = f.session_id "
                + "WHERE f.territory_id IS NOT NULL AND s.cohort_id IN (" + in + ") GROUP BY s.cohort_id");
        int i = 1;
        for (Long id : cohortIds) {
            scores.setParameter(i, id);
            feedback.setParameter(i++, id);
        }
        Map<Long, Object[]> answers = new HashMap<>();
        for (Object result : feedback.getResultList()) {
            Object[] row = (Object[]) result;
            answers.put(number(row[0]), row);
        }
        // One row per cohort and round (a null round when its teams have no score yet).
        Map<Long, Object[]> cohortRows = new LinkedHashMap<>();
        Map<Long, Map<String, Average>> rounds = new HashMap<>();
        for (Object result : scores.getResultList()) {
            Object[] row = (Object[]) result;
            long id = number(row[0]);
            cohortRows.putIfAbsent(id, row);
            if (row[3] != null) {
                rounds.computeIfAbsent(id, k -> new HashMap<>())
                        .put((String) row[3], Average.of(number(row[5]), number(row[4])));
            }
        }
        List<CohortEvaluationSummary> summaries = new ArrayList<>();
        cohortRows.forEach((id, row) -> {
            Map<String, Average> round = rounds.getOrDefault(id, Map.of());
            Object[] f = answers.getOrDefault(id, new Object[] {id, 0L, 0L, 0L});
            summaries.add(new CohortEvaluationSummary(id, (String) row[1],
                    row[2] == null ? AssessmentGrid.DEFAULT_SCALE : (int) number(row[2]),
                    round.getOrDefault(AssessmentRound.MID.name(), Average.NONE),
                    round.getOrDefault(AssessmentRound.END.name(), Average.NONE),
                    Average.of(number(f[2]), number(f[1])), Average.of(number(f[3]), number(f[1]))));
        });
        summaries.sort(Comparator.comparing(CohortEvaluationSummary::cohortName)
                .thenComparing(CohortEvaluationSummary::cohortId));
        return summaries;
    }

    @Override
    public List<String> toApply(long sessionId, int max) {
        return em.createQuery("select f.toApply from SessionFeedback f where f.session.id = :s and f.toApply is not null "
                        + "order by f.answeredAt desc, f.id desc", String.class)
                .setParameter("s", sessionId).setMaxResults(max).getResultList();
    }

    @Override
    public List<Long> dueForReminder(Instant now, int max) {
        // Each cohort has its own window: open for questionnaire_days after the end, reminded after three
        // days or halfway through a shorter window (the same rule as Questionnaire, in SQL, so that
        // sessions reminded long ago never crowd the due ones out of the bounded list).
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<?> ids = em.createNativeQuery("SELECT s.id FROM path_session s JOIN cohort c ON c.id = s.cohort_id "
                        + "WHERE s.cancelled = FALSE AND s.kind <> 'INDIVIDUAL_WORK' "
                        + "AND s.ends_at > ? - INTERVAL c.questionnaire_days DAY "
                        + "AND s.ends_at <= ? - INTERVAL LEAST(72, c.questionnaire_days * 12) HOUR "
                        + "AND s.ends_at >= ? ORDER BY s.ends_at, s.id LIMIT ?")
                .setParameter(1, at).setParameter(2, at)
                .setParameter(3, at.minus(Questionnaire.LONGEST_OPEN_FOR)).setParameter(4, max)
                .getResultList();
        return ids.stream().map(JpaEvaluationRepository::number).toList();
    }

    @Override
    public ResponseRates responseRates(long cohortId, long territories) {
        // Attendees who answered: an answer from someone not marked present does not raise the rate.
        List<?> sessionRows = em.createNativeQuery("SELECT a.session_id, COUNT(*), COUNT(f.id) FROM attendance a "
                        + "JOIN path_session s ON s.id = a.session_id "
                        + "LEFT JOIN session_feedback f ON f.session_id = a.session_id AND f.member_id = a.member_id "
                        + "WHERE s.cohort_id = ? AND s.cancelled = FALSE AND s.kind <> 'INDIVIDUAL_WORK' "
                        + "AND a.status IN ('PRESENT', 'LATE') GROUP BY a.session_id")
                .setParameter(1, cohortId).getResultList();
        Map<Long, ResponseRate> bySession = new HashMap<>();
        for (Object result : sessionRows) {
            Object[] row = (Object[]) result;
            bySession.put(number(row[0]), new ResponseRate(number(row[2]), number(row[1])));
        }
        // Only the teams the cohort still follows count, so that the rate never exceeds its territories.
        List<?> roundRows = em.createNativeQuery("SELECT a.round, COUNT(DISTINCT a.territory_id) FROM self_assessment a "
                        + "JOIN assessment_grid g ON g.id = a.grid_id "
                        + "JOIN cohort_territory ct ON ct.cohort_id = g.cohort_id AND ct.territory_id = a.territory_id "
                        + "WHERE g.cohort_id = ? GROUP BY a.round")
                .setParameter(1, cohortId).getResultList();
        long mid = 0;
        long end = 0;
        for (Object result : roundRows) {
            Object[] row = (Object[]) result;
            if (AssessmentRound.MID.name().equals(row[0])) {
                mid = number(row[1]);
            } else if (AssessmentRound.END.name().equals(row[0])) {
                end = number(row[1]);
            }
        }
        return ResponseRates.of(bySession, mid, end, territories);
    }

    @Override
    public Optional<AssessmentGrid> grid(long cohortId) {
        return em.createQuery("select g from AssessmentGrid g where g.cohort.id = :c", AssessmentGrid.class)
                .setParameter("c", cohortId).getResultStream().findFirst();
    }

    @Override
    public void add(AssessmentGrid grid) {
        em.persist(grid);
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public List<SelfAssessment> assessments(long gridId) {
        TypedQuery<SelfAssessment> query = em.createQuery("select a from SelfAssessment a join fetch a.territory "
                + "where a.grid.id = :g order by a.id", SelfAssessment.class);
        query.setHint("eclipselink.batch", "a.answers");
        query.setHint("eclipselink.batch.type", "IN");
        return query.setParameter("g", gridId).getResultList();
    }

    @Override
    public AssessmentScores assessmentScores(long cohortId) {
        // Plain rows rather than entities: two statements per cohort, not one per team or per answer.
        List<?> questionRows = em.createNativeQuery("SELECT g.scale_max, q.text FROM assessment_grid g "
                        + "JOIN assessment_question q ON q.grid_id = g.id WHERE g.cohort_id = ? ORDER BY q.position")
                .setParameter(1, cohortId).getResultList();
        if (questionRows.isEmpty()) {
            return AssessmentScores.NO_GRID;
        }
        int scaleMax = (int) number(((Object[]) questionRows.get(0))[0]);
        List<String> questions = questionRows.stream().map(row -> (String) ((Object[]) row)[1]).toList();
        Map<Long, Map<AssessmentRound, List<Integer>>> scores = new HashMap<>();
        List<?> answerRows = em.createNativeQuery("SELECT a.territory_id, a.round, x.position, x.score "
                        + "FROM self_assessment a JOIN assessment_grid g ON g.id = a.grid_id "
                        + "JOIN self_assessment_answer x ON x.assessment_id = a.id WHERE g.cohort_id = ?")
                .setParameter(1, cohortId).getResultList();
        for (Object result : answerRows) {
            Object[] row = (Object[]) result;
            int position = (int) number(row[2]);
            if (position < 0 || position >= questions.size()) {
                continue; // cannot happen: the grid is frozen once answered
            }
            List<Integer> round = scores.computeIfAbsent(number(row[0]), id -> new EnumMap<>(AssessmentRound.class))
                    .computeIfAbsent(AssessmentRound.valueOf((String) row[1]),
                            r -> new ArrayList<>(Collections.nCopies(questions.size(), (Integer) null)));
            round.set(position, (int) number(row[3]));
        }
        return new AssessmentScores(scaleMax, questions, scores);
    }

    @Override
    public Optional<SelfAssessment> assessment(long gridId, long territoryId, AssessmentRound round) {
        return em.createQuery("select a from SelfAssessment a where a.grid.id = :g and a.territory.id = :t "
                        + "and a.round = :r", SelfAssessment.class)
                .setParameter("g", gridId).setParameter("t", territoryId).setParameter("r", round)
                .getResultStream().findFirst();
    }

    @Override
    public void add(SelfAssessment assessment) {
        em.persist(assessment);
        // A colleague of the same team saved the same round first: their answers are kept, this edit refused.
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
