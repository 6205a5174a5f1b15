package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.time.Instant;
import org.parcours.domain.schedule.SessionKind;

/** A session's questionnaire in figures: how many answered and the averages of usefulness and satisfaction. */
public record SessionScores(long sessionId, String title, SessionKind kind, Instant startsAt, Average usefulness,
        Average satisfaction) implements Serializable {

    public long answers() {
        return usefulness.getCount();
    }

    public long getSessionId() { return sessionId; }
    public String getTitle() { return title; }
    public SessionKind getKind() { return kind; }
    public Instant getStartsAt() { return startsAt; }
    public Average getUsefulness() { return usefulness; }
    public Average getSatisfaction() { return satisfaction; }
    public long getAnswers() { return answers(); }
}
