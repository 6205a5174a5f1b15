package org.parcours.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.visit.LearningVisits;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.visit.VisitOverview;
import org.parcours.web.codev.CohortChoice;
import org.parcours.web.shell.Pages;

/** A cohort's learning visits, who hosted and who visited whom, and hosts to suggest for a theme. */
@Named
@ViewScoped
public class VisitList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningVisits visits;
    @Inject
    CohortManagement cohorts;
    @Inject
    ScheduleAccess rights;
    @Inject
    CohortChoice choice;
    @Inject
    org.parcours.application.access.Access access;

    private Long cohortId;
    private Cohort cohort;
    private List<LearningVisit> list = List.of();
    private transient VisitOverview overview;
    private Theme theme = Theme.HYBRID_MODELS;
    private List<Territory> suggestions = List.of();
    private boolean mayPropose;

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
            // The overview is made from all the cohort's visits, the list the page shows: read them once.
            overview = visits.overview(cohortId);
            list = overview.getVisits();
        } catch (AccessDenied e) {
            cohort = null;
            Pages.forbidden();
            return;
        }
        mayPropose = rights.mayManage(cohort) || (access.holds(org.parcours.domain.person.Role.TERRITORY)
                && cohort.getTerritories().stream().anyMatch(t -> access.belongsTo(t.getId())));
        suggest();
    }

    public void suggest() {
        if (overview == null) {
            overview = visits.overview(cohortId);
        }
        Territory mine = cohort.getTerritories().stream().filter(t -> access.belongsTo(t.getId())).findFirst().orElse(null);
        suggestions = overview.suggestedHosts(theme, mine, 3);
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public Cohort getCohort() { return cohort; }
    public List<LearningVisit> getList() { return list; }
    public VisitOverview getOverview() {
        if (overview == null && cohortId != null) {
            overview = visits.overview(cohortId);
        }
        return overview;
    }
    public Theme getTheme() { return theme; }
    public void setTheme(Theme theme) { this.theme = theme == null ? Theme.HYBRID_MODELS : theme; }
    public List<Territory> getSuggestions() { return suggestions; }
    public boolean isMayPropose() { return mayPropose; }
}
