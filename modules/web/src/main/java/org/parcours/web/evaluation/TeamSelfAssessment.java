package org.parcours.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.IntStream;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.AssessmentForm;
import org.parcours.application.evaluation.EvaluationAccess;
import org.parcours.application.evaluation.SelfAssessments;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentRound;
import org.parcours.domain.evaluation.SelfAssessment;
import org.parcours.domain.territory.Territory;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A territory team's self-assessment for one round: its members fill it while the round is open. */
@Named
@ViewScoped
public class TeamSelfAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessments assessments;
    @Inject
    EvaluationAccess rules;

    private Long cohortId;
    private Long territoryId;
    private String round;
    private Cohort cohort;
    private Territory territory;
    private AssessmentRound assessmentRound;
    private AssessmentGrid grid;
    private SelfAssessment current;
    private boolean mayFill;
    private AssessmentForm form;

    public void load() {
        try {
            assessmentRound = round == null ? null : AssessmentRound.valueOf(round);
        } catch (IllegalArgumentException e) {
            assessmentRound = null;
        }
        try {
            cohort = cohortId == null || territoryId == null || assessmentRound == null ? null : assessments.cohort(cohortId);
            territory = cohort == null ? null : cohort.getTerritories().stream()
                    .filter(t -> t.getId().equals(territoryId)).findFirst().orElse(null);
            if (territory != null) {
                current = assessments.assessment(cohortId, territoryId, assessmentRound).orElse(null);
            }
        } catch (RuleViolation e) {
            territory = null;
        } catch (AccessDenied e) {
            territory = null;
            Pages.forbidden();
            return;
        }
        if (territory == null) {
            Pages.notFound();
            return;
        }
        grid = assessments.grid(cohortId);
        mayFill = rules.mayFillAssessment(cohort, territoryId) && grid.isOpen(assessmentRound);
        if (form == null) {
            form = AssessmentForm.of(grid, current);
        }
    }

    public void save() {
        if (Feedback.attempt("form", () -> {
            assessments.fill(cohortId, territoryId, assessmentRound, form);
            Feedback.info("evaluation.assessment.saved");
            return "ok";
        }) != null) {
            form = null;
            load();
        }
    }

    public int[] getScale() { return IntStream.rangeClosed(1, grid.getScaleMax()).toArray(); }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public Long getTerritoryId() { return territoryId; }
    public void setTerritoryId(Long territoryId) { this.territoryId = territoryId; }
    public String getRound() { return round; }
    public void setRound(String round) { this.round = round; }
    public Cohort getCohort() { return cohort; }
    public Territory getTerritory() { return territory; }
    public AssessmentRound getAssessmentRound() { return assessmentRound; }
    public AssessmentGrid getGrid() { return grid; }
    public SelfAssessment getCurrent() { return current; }
    public boolean isMayFill() { return mayFill; }
    public AssessmentForm getForm() { return form; }
}
