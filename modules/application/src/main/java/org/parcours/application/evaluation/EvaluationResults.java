package org.parcours.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentResults;
import org.parcours.domain.evaluation.AssessmentScores;
import org.parcours.domain.evaluation.Average;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.evaluation.TerritoryScores;

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

    /** One territory's self-assessment figures (mid-path, end, progress): for result readers and its own team. */
    public Optional<TerritoryScores> territoryScores(long cohortId, long territoryId) {
        Cohort cohort = assessments.cohort(cohortId);
        if (!rules.mayReadResults(cohort) && !rules.mayReadAssessment(cohort, territoryId)) {
            throw new AccessDenied("evaluation.territory");
        }
        return assessment(cohort).territories().stream().filter(t -> t.territoryId() == territoryId).findFirst();
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
