package org.parcours.web.testimony;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.testimony.SessionContributions;
import org.parcours.application.testimony.SpeakerRow;
import org.parcours.application.testimony.SpeakersForm;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.testimony.SessionSpeakers;
import org.parcours.domain.testimony.SpeakerKind;
import org.parcours.domain.testimony.Takeaway;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A testimony or practical situation: speakers, scenario, roles; facilitators edit them; participants leave a takeaway. */
@Named("speakingSession")
@ViewScoped
public class SpeakingSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionContributions contributions;
    @Inject
    ScheduleAccess rights;

    private Long id;
    private Session session;
    private SessionSpeakers speakers;
    private List<Takeaway> takeaways = List.of();
    private boolean manageable;
    private boolean mayLeaveTakeaway;
    private SpeakersForm form;
    private String takeaway;

    public void load() {
        try {
            session = id == null ? null : contributions.session(id);
        } catch (RuleViolation e) {
            session = null;
        }
        if (session == null) {
            Pages.notFound();
            return;
        }
        speakers = contributions.speakersOf(id).orElse(null);
        takeaways = contributions.takeaways(id);
        manageable = rights.mayManage(session.getCohort());
        mayLeaveTakeaway = contributions.mayLeaveTakeaway(session) && !Instant.now().isBefore(session.getEndsAt());
        if (form == null) {
            form = SpeakersForm.of(speakers);
            form.getSpeakers().add(new SpeakerRow());
        }
    }

    public void addSpeaker() {
        form.getSpeakers().add(new SpeakerRow());
    }

    public void save() {
        if (Feedback.attempt("form", () -> {
            contributions.describe(id, form);
            Feedback.info("testimony.saved");
            return "ok";
        }) != null) {
            form = null;
            load();
        }
    }

    public void leaveTakeaway() {
        if (Feedback.attempt("takeawayForm", () -> {
            contributions.leaveTakeaway(id, takeaway);
            Feedback.info("testimony.takeaway.saved");
            return "ok";
        }) != null) {
            takeaway = null;
            load();
        }
    }

    public SpeakerKind[] getKinds() { return SpeakerKind.values(); }
    public boolean isRolePlay() { return session.getKind() == org.parcours.domain.schedule.SessionKind.ROLE_PLAY; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Session getSession() { return session; }
    public SessionSpeakers getSpeakers() { return speakers; }
    public List<Takeaway> getTakeaways() { return takeaways; }
    public boolean isManageable() { return manageable; }
    public boolean isMayLeaveTakeaway() { return mayLeaveTakeaway; }
    public SpeakersForm getForm() { return form; }
    public String getTakeaway() { return takeaway; }
    public void setTakeaway(String takeaway) { this.takeaway = takeaway; }
}
