package org.parcours.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyReportTest {

    @Test
    void highlights_name_the_best_attendance_the_late_territories_and_the_alerts() {
        Figures alpha = Figures.ofTerritory(1, "C", 10, "Alpha", new Counts(4, 3, 2, 1, 1, 1, 2, 1, 1, 1, 0, 1, 0, 2));
        Figures beta = Figures.ofTerritory(1, "C", 11, "Beta", new Counts(4, 1, 2, 1, 0, 0, 2, 1, 1, 0, 1, 1, 1, 0));
        Figures cohort = Figures.ofCohort(1, "C", 2, alpha.getCounts().plus(beta.getCounts()));
        MonthlyReport report = new MonthlyReport(cohort, YearMonth.of(2026, 10), List.of(alpha, beta),
                List.of(new Alert(1, 11, "Beta", AlertKind.WORK_OVERDUE, 1)));
        assertThat(report.getHighlights()).containsExactly(
                new Highlight("report.highlight.attendance", List.of(50, 4L, 8L)),
                new Highlight("report.highlight.best", List.of("Alpha", 75)),
                new Highlight("report.highlight.work", List.of(3L, 4L, 1L)),
                new Highlight("report.highlight.codevVisits", List.of(4L, 2L)),
                new Highlight("report.highlight.late", List.of(1, "Beta")),
                new Highlight("report.highlight.alerts", List.of(1)));
    }

    @Test
    void a_month_without_sessions_says_so() {
        MonthlyReport report = new MonthlyReport(Figures.ofCohort(1, "C", 0, Counts.NONE), YearMonth.of(2026, 10),
                List.of(), List.of());
        assertThat(report.getHighlights()).extracting(Highlight::key)
                .containsExactly("report.highlight.noSession", "report.highlight.codevVisits");
    }
}
