package org.parcours.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.person.PeopleAdministration;
import org.parcours.application.privacy.PersonalData;
import org.parcours.domain.person.Person;
import org.parcours.infrastructure.operations.OperationalMetrics;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** An admin erases a person: the page says what will happen, the admin confirms by typing the username. */
@Named
@ViewScoped
public class PersonErasure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleAdministration administration;

    @Inject
    PersonalData personalData;

    @Inject
    OperationalMetrics metrics;

    private Long id;
    private Person person;
    private String confirmation;

    public void load() {
        try {
            person = id == null ? null : administration.find(id).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        if (person == null || person.isErased()) {
            person = null;
            Pages.notFound();
        }
    }

    public String erase() {
        return Feedback.attempt("form", () -> {
            String pseudonym = personalData.erase(id, confirmation);
            metrics.personErased(1);
            Feedback.info("privacy.erase.done", pseudonym);
            return "/admin/person?faces-redirect=true&id=" + id;
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
