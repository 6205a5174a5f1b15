package org.parcours.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentResults;
import org.parcours.domain.evaluation.AssessmentScores;
import org.parcours.domain.evaluation.Average;
import org.parcours.domain.evaluation.CohortEvaluationSummary;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.person.Role;

/**
 * The evaluation's figures per cohort and per territory: what the results page, the API and the
 * dashboards show. Cohort figures are for admins, facilitators and the cohort's partners; a
 * territory's own figures also for its team.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationResults {

    static final int MAX_SESSIONS = 1000;

    @Inject
    EvaluationRepository evaluation;
    @Inject
    SelfAssessments assessments;
    @Inject
    EvaluationAccess rules;
    @Inject
    Access access;

    /** Everything about a cohort: session questionnaires and self-assessments. */
    public CohortEvaluation ofCohort(long cohortId) {
        return evaluationOf(readable(cohortId));
    }

    /**
     * The same for a cohort the page has already read with its territories (the cohort dashboard): the
     * access is checked on it, and it is not read again.
     */
    public CohortEvaluation ofCohort(Cohort cohort) {
        assessments.requireReader(cohort);
        rules.requireResultsReader(cohort);
        return evaluationOf(cohort);
    }

    private CohortEvaluation evaluationOf(Cohort cohort) {
        long cohortId = cohort.getId();
        List<FeedbackScores> byTerritory = evaluation.feedbackByTerritory(cohortId);
        Average usefulness = byTerritory.stream().map(FeedbackScores::usefulness).reduce(Average.NONE, Average::plus);
        Average satisfaction = byTerritory.stream().map(FeedbackScores::satisfaction).reduce(Average.NONE, Average::plus);
        return new CohortEvaluation(cohort.getId(), cohort.getName(), evaluation.sessionScores(cohortId, MAX_SESSIONS),
                byTerritory, usefulness, satisfaction, assessment(cohort),
                evaluation.responseRates(cohortId, cohort.getTerritories().size()));
    }

    /** Per session of the cohort that has answers: count, usefulness and satisfaction averages. */
    public List<SessionScores> sessionScores(long cohortId) {
        readable(cohortId);
        return evaluation.sessionScores(cohortId, MAX_SESSIONS);
    }

    /** Per territory of the cohort: its members' usefulness and satisfaction averages over the sessions. */
    public List<FeedbackScores> feedbackByTerritory(long cohortId) {
        readable(cohortId);
        return evaluation.feedbackByTerritory(cohortId);
    }

    /** The self-assessments compared, per territory and per question. */
    public AssessmentResults assessmentResults(long cohortId) {
        return assessment(readable(cohortId));
    }

    /**
     * One territory's self-assessment question by question, for its progress page: result readers and
     * its own team; empty when the territory is not in the cohort.
     */
    public Optional<TerritoryEvaluation> territoryEvaluation(long cohortId, long territoryId) {
        Cohort cohort = assessments.cohort(cohortId);
        if (!rules.mayReadResults(cohort) && !rules.mayReadAssessment(cohort, territoryId)) {
            throw new AccessDenied("evaluation.territory");
        }
        AssessmentResults results = assessment(cohort);
        return results.territories().stream().filter(t -> t.territoryId() == territoryId).findFirst()
                .map(scores -> TerritoryEvaluation.of(results, scores));
    }

    /**
     * The cohorts of a dashboard compared by their evaluation (the dashboard across cohorts). The query
     * comes from {@code ProgressMonitoring.query}, which checked that the caller watches each of its
     * cohorts: every cohort for admins and facilitators, the followed ones for a partner, who reads
     * their results.
     */
    public List<CohortEvaluationSummary> ofCohorts(MonitoringQuery query) {
        access.requireAny("evaluation.results", Role.ADMIN, Role.FACILITATOR, Role.PARTNER);
        return evaluation.summaries(query.cohortIds());
    }

    private Cohort readable(long cohortId) {
        Cohort cohort = assessments.cohort(cohortId);
        rules.requireResultsReader(cohort);
        return cohort;
    }

    private AssessmentResults assessment(Cohort cohort) {
        AssessmentScores stored = evaluation.assessmentScores(cohort.getId());
        if (!stored.hasGrid()) {
            AssessmentGrid defaults = AssessmentGrid.withDefaults(cohort);
            return AssessmentResults.of(defaults.getScaleMax(), defaults.getQuestions(), cohort.getTerritories(), Map.of());
        }
        return AssessmentResults.of(stored.scaleMax(), stored.questions(), cohort.getTerritories(), stored.scores());
    }
}
