package org.parcours.domain.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcours.domain.RuleViolation;

/** The days a cohort runs, both included. The end always comes after the start. */
@Embeddable
public class CohortPeriod implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The experience path lasts nine months. */
    public static final int DEFAULT_MONTHS = 9;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected CohortPeriod() {
        // for JPA
    }

    private CohortPeriod(LocalDate startDate, LocalDate endDate) {
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public static CohortPeriod between(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new RuleViolation("startDate", "field.required");
        }
        if (end == null) {
            throw new RuleViolation("endDate", "field.required");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolation("endDate", "cohort.period.endNotAfterStart");
        }
        return new CohortPeriod(start, end);
    }

    /** The default length of the path: nine months from the start. */
    public static CohortPeriod nineMonthsFrom(LocalDate start) {
        if (start == null) {
            throw new RuleViolation("startDate", "field.required");
        }
        return between(start, start.plusMonths(DEFAULT_MONTHS));
    }

    public boolean overlaps(CohortPeriod other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** The calendar months the path runs through, first to last (a month a logbook issue may cover). */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(endDate);
        for (YearMonth m = YearMonth.from(startDate); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CohortPeriod that
                && Objects.equals(startDate, that.startDate) && Objects.equals(endDate, that.endDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate);
    }

    @Override
    public String toString() {
        return startDate + ".." + endDate;
    }
}
