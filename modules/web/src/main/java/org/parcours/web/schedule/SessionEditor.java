package org.parcours.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.application.schedule.SessionForm;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.ScheduleConflicts;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.territory.Territory;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * Adds a session to a cohort or edits one. Conflicts are shown next to their fields before anything
 * is saved; warnings can then be confirmed ("save anyway"), errors cannot.
 */
@Named
@ViewScoped
public class SessionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleManagement schedules;
    @Inject
    CohortManagement cohorts;
    @Inject
    ScheduleAccess rights;

    private Long id;
    private Long cohortId;
    private Cohort cohort;
    private SessionForm form;
    private boolean warnings;
    private List<Territory> territoryChoices = List.of();
    private List<Person> facilitatorChoices = List.of();

    public void load() {
        if (id != null) {
            Session session = schedules.find(id).orElse(null);
            if (session == null) {
                Pages.notFound();
                return;
            }
            cohort = session.getCohort();
            form = SessionForm.of(session);
        } else {
            cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
            if (cohort == null) {
                Pages.notFound();
                return;
            }
            form = new SessionForm();
            form.setFacilitatorIds(cohort.getFacilitators().stream().map(Person::getId).toList());
        }
        if (!rights.mayManage(cohort)) {
            form = null;
            Pages.forbidden();
            return;
        }
        while (form.getResources().size() < 3) {
            form.getResources().add(new SessionForm.ResourceForm());
        }
        territoryChoices = cohort.getTerritories().stream().sorted(Comparator.comparing(Territory::getName)).toList();
        facilitatorChoices = cohorts.facilitators();
    }

    public String save() {
        try {
            Session saved = id == null ? schedules.create(cohort.getId(), form) : schedules.revise(id, form);
            Feedback.info("session.saved", saved.getTitle());
            return "/schedule/session?faces-redirect=true&id=" + saved.getId();
        } catch (ScheduleConflicts conflicts) {
            warnings = conflicts.onlyWarnings();
            form.setConfirmWarnings(false);
            Conflicts.show(conflicts, "form");
            return null;
        } catch (RuleViolation violation) {
            Feedback.show(violation, "form");
            return null;
        } catch (ConstraintViolationException violations) {
            Feedback.show(violations, "form");
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public SessionForm getForm() {
        return form;
    }

    public boolean isWarnings() {
        return warnings;
    }

    public List<Territory> getTerritoryChoices() {
        return territoryChoices;
    }

    public List<Person> getFacilitatorChoices() {
        return facilitatorChoices;
    }
}
