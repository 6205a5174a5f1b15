package org.parcours.domain.attendance;

/** Whether an expected participant came. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED, LATE
}
