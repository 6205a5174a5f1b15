package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.util.Map;

/**
 * A cohort's response rates: per session (attendees present or late who answered the questionnaire),
 * all sessions together, and per self-assessment round (territories that filled it).
 */
public record ResponseRates(Map<Long, ResponseRate> bySession, ResponseRate questionnaires, ResponseRate mid,
        ResponseRate end) implements Serializable {

    public static final ResponseRates NONE = new ResponseRates(Map.of(), ResponseRate.NONE, ResponseRate.NONE,
            ResponseRate.NONE);

    public ResponseRates {
        bySession = Map.copyOf(bySession);
    }

    /** From each session's rate and each round's number of territories that filled it, out of {@code territories}. */
    public static ResponseRates of(Map<Long, ResponseRate> bySession, long midFilled, long endFilled, long territories) {
        ResponseRate all = bySession.values().stream().reduce(ResponseRate.NONE, ResponseRate::plus);
        return new ResponseRates(bySession, all, new ResponseRate(midFilled, territories),
                new ResponseRate(endFilled, territories));
    }

    /** A session's rate (none when nobody was marked present). */
    public ResponseRate session(long sessionId) {
        return bySession.getOrDefault(sessionId, ResponseRate.NONE);
    }

    public Map<Long, ResponseRate> getBySession() { return bySession; }
    public ResponseRate getQuestionnaires() { return questionnaires; }
    public ResponseRate getMid() { return mid; }
    public ResponseRate getEnd() { return end; }
}
