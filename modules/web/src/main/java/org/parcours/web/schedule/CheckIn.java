package org.parcours.web.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.application.attendance.AttendanceTaking;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.attendance.Attendance;
import org.parcours.web.shell.Feedback;

/** A participant registers their presence with the code the facilitator shows. */
@Named
@ViewScoped
public class CheckIn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceTaking attendance;

    private String code;

    public String register() {
        try {
            Attendance line = attendance.checkIn(code == null ? "" : code);
            Feedback.info("attendance.checkedIn." + line.getStatus(), line.getSession().getTitle());
            return "/schedule/checkin?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show(violation, "form");
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
