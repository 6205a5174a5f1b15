package org.parcours.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.EvaluationAccess;
import org.parcours.application.evaluation.GridForm;
import org.parcours.application.evaluation.SessionQuestionnaires;
import org.parcours.application.evaluation.WindowForm;
import org.parcours.application.evaluation.SelfAssessments;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentRound;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * A cohort's self-assessment questions, edited by its facilitators until the first answer, its rounds,
 * and how many days its session questionnaires stay open.
 */
@Named
@ViewScoped
public class AssessmentGridEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessments assessments;
    @Inject
    EvaluationAccess rules;
    @Inject
    SessionQuestionnaires questionnaires;

    private Long cohortId;
    private Cohort cohort;
    private AssessmentGrid grid;
    private GridForm form;
    private WindowForm window;

    public void load() {
        try {
            cohort = cohortId == null ? null : assessments.cohort(cohortId);
        } catch (RuleViolation e) {
            cohort = null;
        } catch (AccessDenied e) {
            Pages.forbidden();
            return;
        }
        if (cohort == null) {
            Pages.notFound();
            return;
        }
        if (!rules.mayManage(cohort)) {
            cohort = null;
            Pages.forbidden();
            return;
        }
        grid = assessments.grid(cohortId);
        if (window == null) {
            window = WindowForm.of(cohort);
        }
        if (form == null) {
            form = GridForm.of(grid);
            form.getQuestions().add(new GridForm.Question());
        }
    }

    public void addQuestion() {
        form.getQuestions().add(new GridForm.Question());
    }

    public void save() {
        if (Feedback.attempt("form", () -> {
            assessments.rewrite(cohortId, form);
            Feedback.info("evaluation.grid.saved");
            return "ok";
        }) != null) {
            form = null;
            load();
        }
    }

    /** How many days the cohort's questionnaires stay open after each session. */
    public void saveWindow() {
        if (Feedback.attempt("window", () -> {
            questionnaires.chooseWindow(cohortId, window);
            Feedback.info("evaluation.window.saved", window.getDays());
            return "ok";
        }) != null) {
            window = null;
            load();
        }
    }

    public void open(String round) {
        change(round, true);
    }

    public void close(String round) {
        change(round, false);
    }

    private void change(String round, boolean open) {
        AssessmentRound which = AssessmentRound.valueOf(round);
        if (Feedback.attempt("rounds", () -> {
            if (open) {
                assessments.open(cohortId, which);
            } else {
                assessments.close(cohortId, which);
            }
            Feedback.info(open ? "evaluation.round.opened" : "evaluation.round.closedNow");
            return "ok";
        }) != null) {
            form = null;
            load();
        }
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public Cohort getCohort() { return cohort; }
    public AssessmentGrid getGrid() { return grid; }
    public GridForm getForm() { return form; }
    public WindowForm getWindow() { return window; }
}
