package org.parcours.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.schedule.ProgrammeCatalogue;
import org.parcours.application.schedule.ProgrammeForm;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Programme;
import org.parcours.web.shell.Feedback;

/** The programme templates, and a new one (name and phases) for admins and facilitators. */
@Named
@ViewScoped
public class ProgrammeList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeCatalogue catalogue;

    private List<Programme> programmes = List.of();
    private final ProgrammeForm form = new ProgrammeForm();

    public void load() {
        programmes = catalogue.list();
    }

    public String create() {
        try {
            Programme created = catalogue.create(form);
            Feedback.info("programme.created", created.getName());
            return "/schedule/programme?faces-redirect=true&id=" + created.getId();
        } catch (RuleViolation violation) {
            Feedback.show(violation, "form");
            return null;
        } catch (ConstraintViolationException violations) {
            Feedback.show(violations, "form");
            return null;
        }
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public ProgrammeForm getForm() {
        return form;
    }
}
