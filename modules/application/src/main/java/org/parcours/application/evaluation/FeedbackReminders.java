package org.parcours.application.evaluation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.domain.operations.JobClaims;

/**
 * Every hour, reminds the participants of sessions whose questionnaire has been open three days
 * and who have not answered. Each session's reminder is claimed first ({@link JobClaims}, the period
 * being the session), so it goes out once across the cluster and however often the job runs.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedbackReminders {

    static final String JOB = "evaluation.feedback-reminder";
    private static final Logger LOG = Logger.getLogger(FeedbackReminders.class.getName());

    @Inject
    SessionQuestionnaires questionnaires;

    @Inject
    JobClaims claims;

    @Schedule(hour = "*", minute = "20", persistent = false)
    void everyHour() {
        try {
            runNow();
        } catch (RuntimeException e) {
            // the next run tries again; unclaimed sessions are still due
            LOG.log(Level.WARNING, "Questionnaire reminders failed", e);
        }
    }

    /** Runs the job at once (the timer's work); returns how many people were reminded. */
    public int runNow() {
        Instant now = Instant.now();
        int reminded = 0;
        for (Long sessionId : questionnaires.dueForReminder(now)) {
            if (claims.claim(JOB, period(sessionId))) {
                reminded += questionnaires.remind(sessionId, now);
            }
        }
        if (reminded > 0) {
            int count = reminded;
            LOG.info(() -> "Questionnaire reminders sent to " + count + " participants.");
        }
        return reminded;
    }

    /** A session's reminder is claimed under its own key, the "period" of this job. */
    static String period(long sessionId) {
        return "session-" + sessionId;
    }

    /** Marks a session's reminder as done without sending it (demo sessions: their addresses are fictitious). */
    public void skip(long sessionId) {
        claims.claim(JOB, period(sessionId));
    }
}
