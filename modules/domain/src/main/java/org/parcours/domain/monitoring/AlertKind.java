package org.parcours.domain.monitoring;

/** Why a territory needs a facilitator's attention. */
public enum AlertKind {
    /** The territory was at none of its last two collective sessions whose sheet was taken. */
    MISSED_TWO_SESSIONS,
    /** Assignments whose due date passed with nothing handed in. */
    WORK_OVERDUE,
    /** A commitment of one of the territory's clients whose deadline passed without a report. */
    COMMITMENT_OVERDUE
}
