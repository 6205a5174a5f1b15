package org.parcours.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.visit.LearningVisits;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.TerritoryName;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.visit.VisitOverview;
import org.parcours.web.codev.CohortChoice;
import org.parcours.web.shell.Pages;

/**
 * A cohort's learning visits, who hosted and who visited whom, and hosts to suggest for a theme.
 * The view keeps the overview's plain values, never the entities it was made from: a page stays open
 * in the session, and an entity would keep everything its request read along with it.
 */
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
    Access access;

    private Long cohortId;
    private String cohortName;
    private VisitOverview overview;
    private Long myTerritoryId;
    private Theme theme = Theme.HYBRID_MODELS;
    private List<TerritoryName> suggestions = List.of();
    private boolean mayPropose;

    public void load() {
        if (cohortId == null) {
            cohortId = choice.defaultCohort();
        }
        Cohort cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        if (cohort == null) {
            Pages.notFound();
            return;
        }
        try {
            overview = visits.overview(cohortId);
        } catch (AccessDenied e) {
            Pages.forbidden();
            return;
        }
        cohortName = cohort.getName();
        myTerritoryId = cohort.getTerritories().stream().map(Territory::getId).filter(access::belongsTo)
                .findFirst().orElse(null);
        mayPropose = rights.mayManage(cohort) || (access.holds(Role.TERRITORY) && myTerritoryId != null);
        suggest();
    }

    public void suggest() {
        suggestions = overview.suggestedHosts(theme, myTerritoryId, 3);
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    /** The cohort's name, null until the page is loaded and allowed. */
    public String getCohortName() { return cohortName; }
    public VisitOverview getOverview() { return overview; }
    public Theme getTheme() { return theme; }
    public void setTheme(Theme theme) { this.theme = theme == null ? Theme.HYBRID_MODELS : theme; }
    public List<TerritoryName> getSuggestions() { return suggestions; }
    public boolean isMayPropose() { return mayPropose; }
}
