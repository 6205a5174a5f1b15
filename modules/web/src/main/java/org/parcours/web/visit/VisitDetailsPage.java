package org.parcours.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parcours.application.visit.LearningVisits;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Registration;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** One learning visit: what it offers, its places and waiting list, registering, cancelling, debriefs. */
@Named("visitDetails")
@ViewScoped
public class VisitDetailsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningVisits visits;

    private Long id;
    private LearningVisit visit;
    private Registration mine;
    private boolean mayRegister;
    private boolean debriefsVisible;
    private boolean revisable;
    private String learnt;
    private String willTry;

    public void load() {
        visit = id == null ? null : visits.find(id).orElse(null);
        if (visit == null) {
            Pages.notFound();
            return;
        }
        mine = visits.mine(visit).orElse(null);
        mayRegister = visits.mayRegisterSelf(visit);
        debriefsVisible = visits.mayReadDebriefs(visit);
        revisable = visits.mayRevise(visit);
        if (mine != null && mine.isDebriefed()) {
            learnt = mine.getLearnt();
            willTry = mine.getWillTry();
        }
    }

    public void register() {
        if (Feedback.attempt("places", () -> {
            Registration r = visits.register(id, null);
            Feedback.info(r.getStatus() == org.parcours.domain.visit.RegistrationStatus.REGISTERED
                    ? "visit.registered.done" : "visit.waiting");
            return "ok";
        }) != null) {
            load();
        }
    }

    public void cancel() {
        if (Feedback.attempt("places", () -> {
            visits.cancel(id, null);
            Feedback.info("visit.cancelled");
            return "ok";
        }) != null) {
            load();
        }
    }

    public void debrief() {
        if (Feedback.attempt("debrief", () -> {
            visits.debrief(id, learnt, willTry);
            Feedback.info("visit.debriefed");
            return "ok";
        }) != null) {
            load();
        }
    }

    public boolean isOpen() {
        return !LocalDate.now(ParisTime.ZONE).isAfter(visit.getRegistrationDeadline());
    }

    public boolean isOver() {
        return visit.isOver(Instant.now());
    }

    public List<Registration> getDebriefs() {
        return visit.registered().stream().filter(Registration::isDebriefed).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LearningVisit getVisit() { return visit; }
    public Registration getMine() { return mine; }
    public boolean isMayRegister() { return mayRegister; }
    public boolean isDebriefsVisible() { return debriefsVisible; }
    public boolean isRevisable() { return revisable; }
    public String getLearnt() { return learnt; }
    public void setLearnt(String learnt) { this.learnt = learnt; }
    public String getWillTry() { return willTry; }
    public void setWillTry(String willTry) { this.willTry = willTry; }
    public Optional<Registration> mineOptional() { return Optional.ofNullable(mine); }
}
