package org.parcours.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.visit.CohortVisits;
import org.parcours.application.visit.LearningVisits;
import org.parcours.domain.RuleViolation;
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
    CohortChoice choice;

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
        if (cohortId == null) {
            Pages.notFound();
            return;
        }
        CohortVisits page;
        try {
            page = visits.overview(cohortId);
        } catch (AccessDenied e) {
            Pages.forbidden();
            return;
        } catch (RuleViolation unknown) {
            Pages.notFound();
            return;
        }
        cohortName = page.cohortName();
        overview = page.overview();
        myTerritoryId = page.callerTerritoryId();
        mayPropose = page.mayPropose();
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
