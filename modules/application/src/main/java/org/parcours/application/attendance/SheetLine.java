package org.parcours.application.attendance;

import java.io.Serializable;
import org.parcours.domain.attendance.AttendanceStatus;
import org.parcours.domain.territory.Member;

/** An expected participant and their status, {@code null} while not marked. */
public record SheetLine(Member member, AttendanceStatus status, boolean selfRegistered) implements Serializable {

    public String getName() {
        return member.getFullName();
    }

    public String getTerritory() {
        return member.getTerritory().getName();
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public long getMemberId() {
        return member.getId();
    }

    public boolean isSelfRegistered() {
        return selfRegistered;
    }
}
