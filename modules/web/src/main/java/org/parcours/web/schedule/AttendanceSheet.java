package org.parcours.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.attendance.AttendanceTaking;
import org.parcours.application.attendance.SheetLine;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.attendance.AttendanceStatus;
import org.parcours.domain.schedule.Session;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A session's attendance sheet: one click per person, "all present", the self check-in code, exports. */
@Named
@ViewScoped
public class AttendanceSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceTaking attendance;
    @Inject
    ScheduleManagement schedules;
    @Inject
    ScheduleAccess rights;

    private Long session;
    private Session current;
    private boolean editable;
    private List<SheetLine> lines = List.of();
    private String code;

    public void load() {
        try {
            current = session == null ? null : schedules.find(session).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        if (current == null) {
            Pages.notFound();
            return;
        }
        if (!attendance.mayRead(current)) {
            current = null;
            Pages.forbidden();
            return;
        }
        editable = rights.mayManage(current.getCohort());
        code = current.getCheckInCode();
        lines = attendance.sheet(session);
    }

    public void mark(long memberId, AttendanceStatus status) {
        try {
            attendance.mark(session, memberId, status);
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey(), violation.arguments());
        }
        lines = attendance.sheet(session);
    }

    public void allPresent() {
        attendance.markAllPresent(session);
        lines = attendance.sheet(session);
        Feedback.info("attendance.allMarkedPresent");
    }

    public void showCode() {
        code = attendance.showCheckInCode(session);
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public long getCount(AttendanceStatus status) {
        return lines.stream().filter(l -> l.status() == status).count();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Session getCurrent() {
        return current;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<SheetLine> getLines() {
        return lines;
    }

    public String getCode() {
        return code;
    }
}
