package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many answered among those who could: a session's attendees who answered its questionnaire, or
 * a cohort's territories that filled a round of the self-assessment.
 */
public record ResponseRate(long answered, long expected) implements Serializable {

    public static final ResponseRate NONE = new ResponseRate(0, 0);

    public ResponseRate {
        if (answered < 0 || expected < 0) {
            throw new IllegalArgumentException(answered + " of " + expected);
        }
    }

    public ResponseRate plus(ResponseRate other) {
        return new ResponseRate(answered + other.answered, expected + other.expected);
    }

    /** The share in percent, rounded half up to a whole number, or null when nobody could answer. */
    public Integer percent() {
        return expected == 0 ? null
                : BigDecimal.valueOf(answered * 100).divide(BigDecimal.valueOf(expected), 0, RoundingMode.HALF_UP)
                        .intValueExact();
    }

    public long getAnswered() { return answered; }
    public long getExpected() { return expected; }
    public Integer getPercent() { return percent(); }
    public boolean isEmpty() { return expected == 0; }

    @Override
    public String toString() {
        return expected == 0 ? "-" : answered + " / " + expected + " (" + percent() + " %)";
    }
}
