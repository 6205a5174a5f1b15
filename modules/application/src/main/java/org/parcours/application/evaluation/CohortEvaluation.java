package org.parcours.application.evaluation;

import java.io.Serializable;
import java.util.List;
import org.parcours.domain.evaluation.AssessmentResults;
import org.parcours.domain.evaluation.Average;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.ResponseRates;
import org.parcours.domain.evaluation.SessionScores;

/**
 * A cohort's evaluation in figures: the session questionnaires (per session, per territory, overall)
 * and the self-assessments compared between mid-path and end, with their response rates. No free text.
 */
public record CohortEvaluation(long cohortId, String cohortName, List<SessionScores> sessions,
        List<FeedbackScores> territoriesFeedback, Average usefulness, Average satisfaction,
        AssessmentResults assessment, ResponseRates rates) implements Serializable {

    public long getCohortId() { return cohortId; }
    public String getCohortName() { return cohortName; }
    public List<SessionScores> getSessions() { return sessions; }
    public List<FeedbackScores> getTerritoriesFeedback() { return territoriesFeedback; }
    public Average getUsefulness() { return usefulness; }
    public Average getSatisfaction() { return satisfaction; }
    public AssessmentResults getAssessment() { return assessment; }
    public ResponseRates getRates() { return rates; }
}
