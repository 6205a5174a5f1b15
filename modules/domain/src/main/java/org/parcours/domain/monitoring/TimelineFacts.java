package org.parcours.domain.monitoring;

import java.time.Instant;
import org.parcours.domain.schedule.SessionKind;

/**
 * What is recorded about one session for one territory, read in one query; {@link #outcome(Instant)}
 * turns it into the step's {@link Outcome}.
 *
 * @param workDueAt the assignment's due date, when the session carries one
 * @param codevFinished whether the session is a finished co-development session
 */
public record TimelineFacts(SessionKind kind, boolean cancelled, Instant endsAt, boolean sheetTaken,
        boolean attended, Instant workDueAt, boolean handedIn, boolean handedInLate, boolean codevFinished,
        boolean tookPart, boolean hosted, boolean visited) implements java.io.Serializable {

    public Outcome outcome(Instant now) {
        if (cancelled) {
            return Outcome.CANCELLED;
        }
        if (workDueAt != null) {
            if (handedIn) {
                return handedInLate ? Outcome.HANDED_IN_LATE : Outcome.HANDED_IN;
            }
            return workDueAt.isAfter(now) ? Outcome.OPEN : Outcome.MISSING;
        }
        if (hosted) {
            return Outcome.HOSTED;
        }
        boolean over = !endsAt.isAfter(now);
        if (!over) {
            return Outcome.UPCOMING;
        }
        if (kind == SessionKind.CODEV_WORKSHOP) {
            return codevFinished && tookPart ? Outcome.TOOK_PART : codevFinished ? Outcome.NOT_CONCERNED
                    : Outcome.NOT_RECORDED;
        }
        if (kind == SessionKind.INDIVIDUAL_WORK) {
            return Outcome.NOT_RECORDED; // no assignment was given for it
        }
        if (kind == SessionKind.LEARNING_VISIT) {
            return visited ? Outcome.VISITED : Outcome.NOT_CONCERNED;
        }
        if (attended) {
            return Outcome.ATTENDED;
        }
        return sheetTaken ? Outcome.MISSED : Outcome.NOT_RECORDED;
    }
}
