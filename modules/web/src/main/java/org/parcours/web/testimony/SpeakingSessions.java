package org.parcours.web.testimony;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.testimony.SessionContributions;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.schedule.Session;
import org.parcours.web.codev.CohortChoice;
import org.parcours.web.shell.Pages;

/** A cohort's testimonies and practical situations. */
@Named
@ViewScoped
public class SpeakingSessions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionContributions contributions;
    @Inject
    CohortManagement cohorts;
    @Inject
    CohortChoice choice;

    private Long cohortId;
    private Cohort cohort;
    private List<Session> sessions = List.of();

    public void load() {
        if (cohortId == null) {
            cohortId = choice.defaultCohort();
        }
        cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        if (cohort == null) {
            Pages.notFound();
            return;
        }
        try {
            sessions = contributions.speakingSessions(cohortId);
        } catch (AccessDenied | RuleViolation e) {
            cohort = null;
            Pages.forbidden();
        }
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public Cohort getCohort() { return cohort; }
    public List<Session> getSessions() { return sessions; }
}
