package org.parcours.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.attendance.AttendanceTaking;
import org.parcours.application.resource.SessionResources;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.application.work.IndividualWork;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;
import org.parcours.domain.resource.Resource;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.work.Assignment;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A session's page: when, where, who, agenda, resources, and links to its attendance and work. */
@Named
@ViewScoped
public class SessionDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleManagement schedules;
    @Inject
    ScheduleAccess rights;
    @Inject
    AttendanceTaking attendance;
    @Inject
    IndividualWork work;
    @Inject
    SessionResources kit;

    private Long id;
    private Session session;
    private boolean manageable;
    private boolean attendanceReadable;
    private Assignment assignment;
    private List<Territory> territories = List.of();
    private List<Person> facilitators = List.of();
    private List<Resource> centreResources = List.of();
    private List<Resource> candidates = List.of();
    private Long resourceToAttach;

    public void load() {
        try {
            session = id == null ? null : schedules.find(id).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        if (session == null) {
            Pages.notFound();
            return;
        }
        manageable = rights.mayManage(session.getCohort());
        attendanceReadable = attendance.mayRead(session);
        territories = session.participants().stream().sorted(Comparator.comparing(Territory::getName)).toList();
        facilitators = session.getFacilitators().stream().sorted(Comparator.comparing(Person::getDisplayName)).toList();
        assignment = session.getKind() == SessionKind.INDIVIDUAL_WORK ? work.assignmentOf(id).orElse(null) : null;
        centreResources = kit.of(id);
        if (manageable) {
            List<Long> attached = centreResources.stream().map(Resource::getId).toList();
            candidates = kit.candidates(id).stream().filter(r -> !attached.contains(r.getId())).toList();
        }
    }

    /** Attaches a resource of the centre (the cohort's managers). */
    public String attachResource() {
        return Feedback.attempt("kitForm", () -> {
            kit.attach(id, resourceToAttach);
            Feedback.info("session.resource.attached");
            return "/schedule/session?faces-redirect=true&id=" + id;
        });
    }

    public String detachResource(long resourceId) {
        return Feedback.attempt("kitForm", () -> {
            kit.detach(id, resourceId);
            Feedback.info("session.resource.detached");
            return "/schedule/session?faces-redirect=true&id=" + id;
        });
    }

    public List<Resource> getCentreResources() {
        return centreResources;
    }

    public List<Resource> getCandidates() {
        return candidates;
    }

    public Long getResourceToAttach() {
        return resourceToAttach;
    }

    public void setResourceToAttach(Long resourceToAttach) {
        this.resourceToAttach = resourceToAttach;
    }

    public String cancelSession() {
        try {
            Session cancelled = schedules.cancel(id);
            Feedback.info("session.cancelledNotice", cancelled.getTitle());
            return "/schedule/session?faces-redirect=true&id=" + id;
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey(), violation.arguments());
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Session getSession() {
        return session;
    }

    public boolean isManageable() {
        return manageable;
    }

    public boolean isAttendanceReadable() {
        return attendanceReadable;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public boolean isIndividualWork() {
        return session != null && session.getKind() == SessionKind.INDIVIDUAL_WORK;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public List<Person> getFacilitators() {
        return facilitators;
    }
}
