package org.parcours.domain.evaluation;

import java.time.Duration;
import java.time.Instant;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;

/**
 * When a session's questionnaire may be answered: from the session's end, for the number of days its
 * cohort's facilitators chose (7 unless changed, 1 to 30); the reminder is due {@link #REMIND_AFTER}
 * after the end, or halfway through a shorter window, while it is still open. Individual work times
 * and cancelled sessions have none (nobody met).
 */
public final class Questionnaire {

    /** The default window, in days (see {@link Cohort#getQuestionnaireDays()}). */
    public static final int OPEN_DAYS = Cohort.DEFAULT_QUESTIONNAIRE_DAYS;
    public static final Duration OPEN_FOR = Duration.ofDays(OPEN_DAYS);
    /** The longest window a cohort may choose: every open questionnaire ended less than this ago. */
    public static final Duration LONGEST_OPEN_FOR = Duration.ofDays(Cohort.MAX_QUESTIONNAIRE_DAYS);
    public static final Duration REMIND_AFTER = Duration.ofDays(3);
    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 5;
    public static final int TO_APPLY_MAX = 500;

    private final Session session;

    private Questionnaire(Session session) {
        this.session = session;
    }

    public static Questionnaire of(Session session) {
        return new Questionnaire(session);
    }

    /** Whether the session gets a questionnaire at all: a collective time that took place. */
    public boolean exists() {
        return session.getKind() != SessionKind.INDIVIDUAL_WORK && !session.isCancelled();
    }

    public Instant opensAt() {
        return session.getEndsAt();
    }

    /** How long it stays open: its cohort's choice. */
    public Duration openFor() {
        return Duration.ofDays(session.getCohort().getQuestionnaireDays());
    }

    /** Three days after the end, or halfway through a window shorter than six days. */
    public Duration remindAfter() {
        Duration half = openFor().dividedBy(2);
        return half.compareTo(REMIND_AFTER) < 0 ? half : REMIND_AFTER;
    }

    public Instant closesAt() {
        return session.getEndsAt().plus(openFor());
    }

    public boolean isOpen(Instant now) {
        return exists() && !now.isBefore(opensAt()) && now.isBefore(closesAt());
    }

    public boolean isReminderDue(Instant now) {
        return isOpen(now) && !now.isBefore(session.getEndsAt().plus(remindAfter()));
    }

    /** Refuses an answer outside the window, with the reason a participant understands. */
    void requireOpen(Instant now) {
        if (!exists()) {
            throw new RuleViolation(null, "evaluation.feedback.none");
        }
        if (now.isBefore(opensAt())) {
            throw new RuleViolation(null, "evaluation.feedback.notYetOpen");
        }
        if (!now.isBefore(closesAt())) {
            throw new RuleViolation(null, "evaluation.feedback.closed");
        }
    }
}
