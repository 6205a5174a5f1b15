package org.parcours.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.DayOfWeek;
import org.parcours.application.schedule.ProgrammeCatalogue;
import org.parcours.application.schedule.TemplateForm;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Programme;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.web.shell.ActiveUser;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A programme's phases and session templates; admins and facilitators place and remove templates. */
@Named
@ViewScoped
public class ProgrammeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    ActiveUser user;

    private Long id;
    private Programme programme;
    private TemplateForm form = new TemplateForm();

    public void load() {
        programme = id == null ? null : catalogue.find(id).orElse(null);
        if (programme == null) {
            Pages.notFound();
        }
    }

    public String place() {
        try {
            programme = catalogue.place(id, form);
            Feedback.info("programme.templatePlaced", form.getTitle());
            return "/schedule/programme?faces-redirect=true&id=" + id;
        } catch (RuleViolation violation) {
            Feedback.show(violation, "templateForm");
            return null;
        } catch (ConstraintViolationException violations) {
            Feedback.show(violations, "templateForm");
            return null;
        }
    }

    public String remove(int index) {
        programme = catalogue.remove(id, index);
        Feedback.info("programme.templateRemoved");
        return "/schedule/programme?faces-redirect=true&id=" + id;
    }

    public boolean isEditable() {
        return user.mayOrganise();
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    public DayOfWeek[] getWeekdays() {
        return new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public TemplateForm getForm() {
        return form;
    }
}
