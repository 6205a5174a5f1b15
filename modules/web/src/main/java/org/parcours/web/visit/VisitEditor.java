package org.parcours.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.visit.LearningVisits;
import org.parcours.application.visit.VisitForm;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Theme;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** Proposes a learning visit (a territory's team for itself, a facilitator for any territory), or revises one. */
@Named
@ViewScoped
public class VisitEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningVisits visits;
    @Inject
    CohortManagement cohorts;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;

    private Long cohortId;
    private Long id;
    private VisitForm form;
    private List<Territory> hostChoices = List.of();

    public void load() {
        Cohort cohort;
        if (id != null) {
            LearningVisit visit = visits.find(id).orElse(null);
            if (visit == null) {
                Pages.notFound();
                return;
            }
            if (!visits.mayRevise(visit)) {
                Pages.forbidden();
                return;
            }
            cohort = visit.getCohort();
            form = VisitForm.of(visit);
        } else {
            cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
            if (cohort == null) {
                Pages.notFound();
                return;
            }
            form = new VisitForm();
        }
        cohortId = cohort.getId();
        boolean manager = rights.mayManage(cohort);
        hostChoices = cohort.getTerritories().stream()
                .filter(t -> manager || (access.holds(Role.TERRITORY) && access.belongsTo(t.getId())))
                .sorted(Comparator.comparing(Territory::getName)).toList();
        if (hostChoices.isEmpty()) {
            form = null;
            Pages.forbidden();
            return;
        }
        if (form.getHostId() == null) {
            form.setHostId(hostChoices.get(0).getId());
        }
    }

    public String save() {
        return Feedback.attempt("form", () -> {
            LearningVisit saved = id == null ? visits.propose(cohortId, form) : visits.revise(id, form);
            Feedback.info("visit.saved", saved.getPractice());
            return "/visits/view?faces-redirect=true&id=" + saved.getId();
        });
    }

    public Theme[] getThemes() { return Theme.values(); }
    public boolean isNew() { return id == null; }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public VisitForm getForm() { return form; }
    public List<Territory> getHostChoices() { return hostChoices; }
}
