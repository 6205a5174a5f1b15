package org.parcours.web.codev;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.codev.CoDevAccess;
import org.parcours.application.codev.CoDevelopment;
import org.parcours.application.codev.PlanForm;
import org.parcours.application.codev.RotationLine;
import org.parcours.application.codev.SessionSummary;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.territory.Member;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * A group's page: its sessions (when and how many, for every reader of the cohort); its members, the
 * rotation of clients and the planning form for the group and its facilitators only.
 */
@Named
@ViewScoped
public class CoDevGroupDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoDevelopment codev;
    @Inject
    CoDevAccess rights;

    private Long id;
    private CoDevGroup group;
    private List<SessionSummary> sessions = List.of();
    private List<Member> members = List.of();
    private List<RotationLine> rotation = List.of();
    private boolean contentVisible;
    private boolean manageable;
    private final PlanForm plan = new PlanForm();

    public void load() {
        group = id == null ? null : codev.findGroup(id).orElse(null);
        if (group == null) {
            Pages.notFound();
            return;
        }
        sessions = codev.summaries(id);
        contentVisible = rights.mayReadContent(group);
        manageable = rights.mayManage(group.getCohort());
        if (contentVisible) {
            members = group.sortedMembers();
            rotation = codev.rotation(id);
        }
    }

    public String planSession() {
        return Feedback.attempt("plan", () -> {
            CoDevSession planned = codev.plan(id, plan);
            Feedback.info("codev.session.planned");
            return "/codev/session?faces-redirect=true&id=" + planned.getId();
        });
    }

    public List<RotationLine> getRotation() {
        return rotation;
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

    public CoDevGroup getGroup() {
        return group;
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }

    public List<Member> getMembers() {
        return members;
    }

    public boolean isContentVisible() {
        return contentVisible;
    }

    public boolean isManageable() {
        return manageable;
    }

    public PlanForm getPlan() {
        return plan;
    }
}
