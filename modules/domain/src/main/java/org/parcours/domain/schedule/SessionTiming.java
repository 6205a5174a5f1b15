package org.parcours.domain.schedule;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.parcours.domain.RuleViolation;

/** When a session starts and ends, to the minute; it ends after it starts and lasts at most a day's work. */
public record SessionTiming(Instant start, Instant end) implements Serializable {

    public SessionTiming {
        if (start == null) {
            throw new RuleViolation("start", "field.required");
        }
        if (end == null) {
            throw new RuleViolation("end", "field.required");
        }
        start = start.truncatedTo(ChronoUnit.MINUTES);
        end = end.truncatedTo(ChronoUnit.MINUTES);
        if (!end.isAfter(start)) {
            throw new RuleViolation("end", "session.end.notAfterStart");
        }
        if (Duration.between(start, end).toMinutes() > Session.MAX_DURATION_MINUTES) {
            throw new RuleViolation("end", "session.duration.range", Session.MAX_DURATION_MINUTES / 60);
        }
    }

    public boolean overlaps(SessionTiming other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The same length, starting at another instant. */
    public SessionTiming movedTo(Instant newStart) {
        return new SessionTiming(newStart, newStart.plus(Duration.between(start, end)));
    }
}
