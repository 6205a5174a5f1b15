package org.parcours.web.territory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.territory.Territory;
import org.parcours.web.shell.Pages;

/** A territory's page: what it is, its team and the cohorts it follows. */
@Named
@ViewScoped
public class TerritoryDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerritoryManagement territories;

    @Inject
    CohortManagement cohorts;

    private Long id;
    private Territory territory;
    private List<Cohort> followed = List.of();
    private boolean contactsVisible;

    public void load() {
        territory = id == null ? null : territories.find(id).orElse(null);
        if (territory == null) {
            Pages.notFound();
            return;
        }
        followed = cohorts.followedBy(id);
        contactsVisible = territories.maySeeTeamContacts(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Territory getTerritory() {
        return territory;
    }

    /** Whether the team's emails are shown: to admins, facilitators and the team's own members only. */
    public boolean isContactsVisible() {
        return contactsVisible;
    }

    public List<Cohort> getFollowed() {
        return followed;
    }
}
