package org.parcours.domain.privacy;

import java.time.LocalDate;
import org.parcours.domain.RuleViolation;

/**
 * How long personal data is kept once a cohort is over: a cohort is closed at its end date, and its
 * participants' data is anonymised when it has been closed longer than this many months.
 */
public record RetentionPeriod(int months) {

    public static final int DEFAULT_MONTHS = 36;

    public RetentionPeriod {
        if (months < 1 || months > 1200) {
            throw new RuleViolation("months", "privacy.retention.months.invalid", months);
        }
    }

    /** Cohorts that ended strictly before this date are past the period on {@code today}. */
    public LocalDate closedBefore(LocalDate today) {
        return today.minusMonths(months);
    }
}
