package org.parcours.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.EvaluationAccess;
import org.parcours.application.evaluation.SelfAssessments;
import org.parcours.application.evaluation.SessionQuestionnaires;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.territory.Territory;
import org.parcours.web.codev.CohortChoice;
import org.parcours.web.shell.Pages;

/** A cohort's evaluation: questionnaires to answer, the teams' self-assessments, and where to find the results. */
@Named
@ViewScoped
public class EvaluationHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessments assessments;
    @Inject
    SessionQuestionnaires questionnaires;
    @Inject
    EvaluationAccess rules;
    @Inject
    Access access;
    @Inject
    CohortChoice choice;

    private Long cohortId;
    private Cohort cohort;
    private AssessmentGrid grid;
    private List<Session> toAnswer = List.of();
    private List<Territory> teams = List.of();
    private boolean resultsReader;
    private boolean manager;

    public void load() {
        if (cohortId == null) {
            cohortId = choice.defaultCohort();
        }
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
        grid = assessments.grid(cohortId);
        toAnswer = questionnaires.openForMe(cohortId);
        resultsReader = rules.mayReadResults(cohort);
        manager = rules.mayManage(cohort);
        boolean seesAll = access.holdsAny(Role.ADMIN, Role.FACILITATOR);
        teams = cohort.getTerritories().stream()
                .filter(t -> seesAll || rules.mayFillAssessment(cohort, t.getId()))
                .sorted(Comparator.comparing(Territory::getName))
                .toList();
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public Cohort getCohort() { return cohort; }
    public AssessmentGrid getGrid() { return grid; }
    public List<Session> getToAnswer() { return toAnswer; }
    public List<Territory> getTeams() { return teams; }
    public boolean isResultsReader() { return resultsReader; }
    public boolean isManager() { return manager; }
    public List<Cohort> getCohorts() { return choice.getCohorts(); }
}
