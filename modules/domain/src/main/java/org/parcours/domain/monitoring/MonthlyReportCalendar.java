package org.parcours.domain.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import org.parcours.domain.schedule.FrenchHolidays;

/**
 * When the monthly progress report goes out: on the first working day of each month (weekends and
 * French public holidays skipped), covering the month before.
 */
public final class MonthlyReportCalendar {

    private MonthlyReportCalendar() {
    }

    public static LocalDate firstWorkingDay(YearMonth month) {
        return FrenchHolidays.workingDayFrom(month.atDay(1));
    }

    /** Whether {@code day} is the day the report of the previous month is due. */
    public static boolean isReportDay(LocalDate day) {
        return firstWorkingDay(YearMonth.from(day)).equals(day);
    }

    /** The month a report sent on {@code day} covers. */
    public static YearMonth reportedMonth(LocalDate day) {
        return YearMonth.from(day).minusMonths(1);
    }
}
