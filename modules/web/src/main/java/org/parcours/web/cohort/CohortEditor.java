package org.parcours.web.cohort;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.cohort.CohortForm;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritorySearch;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** Opens a cohort, or revises one: name, period, territories and facilitators. */
@Named
@ViewScoped
public class CohortEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHOICES = 500;

    @Inject
    CohortManagement cohorts;

    @Inject
    TerritoryManagement territories;

    @Inject
    Access access;

    private Long id;
    private CohortForm form;
    private List<Territory> territoryChoices = List.of();
    private List<Person> facilitatorChoices = List.of();

    public void load() {
        if (id == null) {
            if (!access.holdsAny(Role.ADMIN, Role.FACILITATOR)) {
                Pages.forbidden();
                return;
            }
            form = new CohortForm();
        } else {
            Cohort cohort = cohorts.find(id).orElse(null);
            if (cohort == null) {
                Pages.notFound();
                return;
            }
            if (!cohorts.mayManage(cohort)) {
                Pages.forbidden();
                return;
            }
            form = CohortForm.of(cohort);
        }
        territoryChoices = territories.search(TerritorySearch.all(), 0, CHOICES);
        facilitatorChoices = cohorts.facilitators();
    }

    public String save() {
        return Feedback.attempt("form", () -> {
            Cohort saved = id == null ? cohorts.open(form) : cohorts.revise(id, form);
            Feedback.info("cohort.saved", saved.getName());
            return "/cohorts/view?faces-redirect=true&id=" + saved.getId();
        });
    }


    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortForm getForm() {
        return form;
    }

    public List<Territory> getTerritoryChoices() {
        return territoryChoices;
    }

    public List<Person> getFacilitatorChoices() {
        return facilitatorChoices;
    }
}
