package org.parcours.domain.monitoring;

import java.time.Instant;
import org.parcours.domain.schedule.SessionKind;

/** One session of a territory's path, with what the records say became of it (nothing confidential). */
public final class TimelineEntry implements java.io.Serializable {

    private final long sessionId;
    private final String title;
    private final SessionKind kind;
    private final String phase;
    private final Instant startsAt;
    private final Outcome outcome;

    public TimelineEntry(long sessionId, String title, SessionKind kind, String phase, Instant startsAt, Outcome outcome) {
        this.sessionId = sessionId;
        this.title = title;
        this.kind = kind;
        this.phase = phase;
        this.startsAt = startsAt;
        this.outcome = outcome;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getPhase() {
        return phase;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
