package org.parcours.web.codev;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.codev.CoDevAccess;
import org.parcours.application.codev.CoDevelopment;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.cohort.Cohort;
import org.parcours.web.shell.Pages;

/** The co-development groups of a cohort, the caller's groups and their commitments as a client. */
@Named
@ViewScoped
public class CoDevGroups implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoDevelopment codev;
    @Inject
    CoDevAccess rights;
    @Inject
    CohortManagement cohorts;
    @Inject
    CohortChoice choice;

    private Long cohortId;
    private Cohort cohort;
    private List<CoDevGroup> groups = List.of();
    private List<CoDevGroup> mine = List.of();
    private List<CoDevSession> commitments = List.of();
    private boolean manageable;

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
            groups = codev.groupsOf(cohortId);
        } catch (AccessDenied | RuleViolation e) {
            Pages.forbidden();
            return;
        }
        manageable = rights.mayManage(cohort);
        mine = codev.myGroups();
        commitments = codev.myCommitments();
    }

    public boolean overdue(CoDevSession session) {
        return CoDevelopment.overdue(session);
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<CoDevGroup> getGroups() {
        return groups;
    }

    public List<CoDevGroup> getMine() {
        return mine;
    }

    public List<CoDevSession> getCommitments() {
        return commitments;
    }

    public boolean isManageable() {
        return manageable;
    }
}
