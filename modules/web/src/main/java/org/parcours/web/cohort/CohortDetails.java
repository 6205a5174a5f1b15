package org.parcours.web.cohort;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.Territory;
import org.parcours.web.shell.Pages;

/** A cohort's page: its period, its territories, facilitators and partners. */
@Named
@ViewScoped
public class CohortDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortManagement cohorts;

    private Long id;
    private Cohort cohort;
    private List<Territory> territories = List.of();
    private List<Person> facilitators = List.of();
    private List<Person> partners = List.of();
    private boolean manageable;

    public void load() {
        try {
            cohort = id == null ? null : cohorts.find(id).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        if (cohort == null) {
            Pages.notFound();
            return;
        }
        territories = cohort.getTerritories().stream().sorted(Comparator.comparing(Territory::getName)).toList();
        facilitators = cohort.getFacilitators().stream().sorted(Comparator.comparing(Person::getDisplayName)).toList();
        partners = cohort.getPartners().stream().sorted(Comparator.comparing(Person::getDisplayName)).toList();
        manageable = cohorts.mayManage(cohort);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public List<Person> getFacilitators() {
        return facilitators;
    }

    public List<Person> getPartners() {
        return partners;
    }

    public boolean isManageable() {
        return manageable;
    }
}
