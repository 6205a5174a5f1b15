package org.parcours.domain.monitoring;

import java.time.YearMonth;

/** Attendance at a cohort's collective sessions over one calendar month (sessions whose sheet was taken). */
public final class TrendPoint implements java.io.Serializable {

    private final long cohortId;
    private final String cohortName;
    private final YearMonth month;
    private final long expected;
    private final long attended;
    private final Integer rate;

    public TrendPoint(long cohortId, String cohortName, YearMonth month, long expected, long attended) {
        this.cohortId = cohortId;
        this.cohortName = cohortName;
        this.month = month;
        this.expected = expected;
        this.attended = attended;
        this.rate = Rates.percent(attended, expected);
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public YearMonth getMonth() {
        return month;
    }

    /** Territory places expected at the month's sessions. */
    public long getExpected() {
        return expected;
    }

    public long getAttended() {
        return attended;
    }

    public Integer getRate() {
        return rate;
    }
}
