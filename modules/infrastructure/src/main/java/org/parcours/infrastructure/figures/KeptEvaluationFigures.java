package org.parcours.infrastructure.figures;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Collection;
import java.util.List;
import org.parcours.domain.evaluation.AssessmentScores;
import org.parcours.domain.evaluation.CohortEvaluationSummary;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.ResponseRates;
import org.parcours.domain.evaluation.SessionScores;

/**
 * The evaluation's aggregates kept (see {@link KeptFigures}): what the dashboards and the results page
 * show. What a questionnaire or a self-assessment form reads or writes is never kept.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class KeptEvaluationFigures implements EvaluationRepository {

    @Inject
    @Delegate
    @Any
    EvaluationRepository computed;
    @Inject
    KeptFigures kept;

    @Override
    public List<SessionScores> sessionScores(long cohortId, int max) {
        return kept.store().get(Questions.of("sessionScores", cohortId, max),
                () -> List.copyOf(computed.sessionScores(cohortId, max)));
    }

    @Override
    public List<FeedbackScores> feedbackByTerritory(long cohortId) {
        return kept.store().get(Questions.of("feedbackByTerritory", cohortId),
                () -> List.copyOf(computed.feedbackByTerritory(cohortId)));
    }

    @Override
    public List<CohortEvaluationSummary> summaries(Collection<Long> cohortIds) {
        return kept.store().get(Questions.of("summaries", List.copyOf(cohortIds)),
                () -> List.copyOf(computed.summaries(cohortIds)));
    }

    @Override
    public ResponseRates responseRates(long cohortId, long territories) {
        return kept.store().get(Questions.of("responseRates", cohortId, territories),
                () -> computed.responseRates(cohortId, territories));
    }

    @Override
    public AssessmentScores assessmentScores(long cohortId) {
        return kept.store().get(Questions.of("assessmentScores", cohortId), () -> computed.assessmentScores(cohortId));
    }
}
