package org.parcours.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.person.PeopleAdministration;
import org.parcours.application.person.PersonAccessForm;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A person's page for an admin: who they are, the roles they hold, whether they may sign in. */
@Named
@ViewScoped
public class PersonAccessEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleAdministration administration;

    private Long id;
    private Person person;
    private PersonAccessForm form;

    public void load() {
        try {
            person = id == null ? null : administration.find(id).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        if (person == null) {
            Pages.notFound();
            return;
        }
        form = PersonAccessForm.of(person);
    }

    public String save() {
        try {
            Person saved = administration.decide(id, form);
            Feedback.info("person.saved", saved.getDisplayName());
            return "/admin/person?faces-redirect=true&id=" + saved.getId();
        } catch (RuleViolation violation) {
            Feedback.show(violation, "form");
            return null;
        } catch (ConstraintViolationException violations) {
            Feedback.show(violations, "form");
            return null;
        }
    }

    public List<Role> getRoleChoices() {
        return List.of(Role.values());
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

    public PersonAccessForm getForm() {
        return form;
    }
}
