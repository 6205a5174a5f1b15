package org.parcours.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.CohortEvaluation;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.domain.RuleViolation;
import org.parcours.web.shell.Pages;

/** A cohort's evaluation results: per-territory self-assessment mid-path vs end, per-session questionnaire averages. */
@Named
@ViewScoped
public class EvaluationReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationResults results;

    private Long cohortId;
    private CohortEvaluation evaluation;

    public void load() {
        try {
            evaluation = cohortId == null ? null : results.ofCohort(cohortId);
        } catch (RuleViolation e) {
            evaluation = null;
        } catch (AccessDenied e) {
            Pages.forbidden();
            return;
        }
        if (evaluation == null) {
            Pages.notFound();
        }
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public CohortEvaluation getEvaluation() { return evaluation; }
}
