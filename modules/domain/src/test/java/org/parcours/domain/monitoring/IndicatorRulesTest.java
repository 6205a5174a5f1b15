package org.parcours.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.SessionKind;

class IndicatorRulesTest {

    @Test
    void rates_are_rounded_half_up_and_absent_when_nothing_was_expected() {
        assertThat(Rates.percent(1, 3)).isEqualTo(33);
        assertThat(Rates.percent(2, 3)).isEqualTo(67);
        assertThat(Rates.percent(1, 8)).isEqualTo(13);
        assertThat(Rates.percent(3, 3)).isEqualTo(100);
        assertThat(Rates.percent(0, 4)).isZero();
        assertThat(Rates.percent(0, 0)).isNull();
    }

    @Test
    void a_cohorts_totals_are_the_sum_of_its_territories_and_its_rates_computed_on_the_sums() {
        Figures redon = Figures.ofTerritory(7, "Cohorte", 1, "Redon", new Counts(4, 3, 2, 1, 1, 0, 1, 1, 2, 1, 1, 0, 1, 5));
        Figures vitre = Figures.ofTerritory(7, "Cohorte", 2, "Vitré", new Counts(4, 1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 2));

        Figures total = Figures.totalOf(7, "Cohorte", List.of(redon, vitre)).orElseThrow();

        assertThat(total.getTerritoryId()).isNull();
        assertThat(total.getTerritories()).isEqualTo(2);
        assertThat(total.getCounts()).isEqualTo(new Counts(8, 4, 4, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 7));
        assertThat(total.getAttendanceRate()).isEqualTo(50);
        assertThat(total.getWorkRate()).isEqualTo(50);
        assertThat(Figures.totalOf(7, "Cohorte", List.of())).isEmpty();
    }

    @Test
    void the_path_status_compares_milestones_reached_to_the_plan() {
        assertThat(PathStatus.of(0, 0)).isEqualTo(PathStatus.ON_TRACK);
        assertThat(PathStatus.of(5, 4)).isEqualTo(PathStatus.ON_TRACK);
        assertThat(PathStatus.of(5, 3)).isEqualTo(PathStatus.LATE);
        assertThat(PathStatus.of(10, 8)).isEqualTo(PathStatus.ON_TRACK);
        assertThat(PathStatus.of(10, 7)).isEqualTo(PathStatus.LATE);
        assertThat(PathStatus.of(3, 4)).isEqualTo(PathStatus.AHEAD);
        // One milestone missed is not yet late, even when it is more than a fifth of the plan.
        assertThat(PathStatus.of(4, 3)).isEqualTo(PathStatus.ON_TRACK);
        assertThat(PathStatus.of(3, 1)).isEqualTo(PathStatus.LATE);
        assertThatThrownBy(() -> PathStatus.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figures_derive_rates_missing_work_and_status_from_the_counts() {
        Counts counts = new Counts(4, 3, 3, 1, 1, 1, 2, 1, 1, 0, 1, 1, 2, 5);
        Figures figures = Figures.ofTerritory(1, "C", 2, "T", counts);
        assertThat(figures.getAttendanceRate()).isEqualTo(75);
        assertThat(figures.getSessionsMissed()).isEqualTo(1);
        assertThat(figures.getWorkMissing()).isEqualTo(1);
        assertThat(figures.getWorkRate()).isEqualTo(67);
        assertThat(figures.getCommitmentRate()).isZero();
        // planned 4 + 3 = 7; reached 3 + 1 + 1 + 1 (early) = 6: 6 * 5 >= 7 * 4
        assertThat(figures.getMilestonesPlanned()).isEqualTo(7);
        assertThat(figures.getMilestonesReached()).isEqualTo(6);
        assertThat(figures.getStatus()).isEqualTo(PathStatus.ON_TRACK);
        Figures none = Figures.ofCohort(1, "C", 0, Counts.NONE);
        assertThat(none.getAttendanceRate()).isNull();
        assertThat(none.getStatus()).isEqualTo(PathStatus.ON_TRACK);
    }

    @Test
    void counts_add_up_and_refuse_impossible_combinations() {
        Counts one = new Counts(2, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 3);
        assertThat(one.plus(one)).isEqualTo(new Counts(4, 2, 2, 2, 0, 0, 2, 2, 2, 2, 0, 0, 2, 6));
        assertThatThrownBy(() -> new Counts(1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Counts(0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_query_needs_a_period_in_order_not_too_long_and_a_collective_kind() {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");
        LocalDate day = LocalDate.of(2026, 11, 1);
        MonitoringQuery query = new MonitoringQuery(List.of(1L), "  Redon ", day, day.plusDays(29), null, now);
        assertThat(query.territoryText()).isEqualTo("Redon");
        assertThat(query.start()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(query.end()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(query.attendanceKinds()).isEqualTo(MonitoringQuery.COLLECTIVE_KINDS);
        assertThatThrownBy(() -> new MonitoringQuery(List.of(1L), null, day, day.minusDays(1), null, now))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new MonitoringQuery(List.of(1L), null, day, day.plusYears(4), null, now))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("monitoring.period.tooLong"));
        assertThatThrownBy(() -> new MonitoringQuery(List.of(1L), null, day, day, SessionKind.INDIVIDUAL_WORK, now))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("kind"));
    }

    @Test
    void the_monthly_report_goes_out_on_the_first_working_day_for_the_month_before() {
        // 1 November 2026 is a Sunday and a public holiday; Monday the 2nd is the first working day.
        assertThat(MonthlyReportCalendar.firstWorkingDay(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 2));
        // 1 January 2027 is a holiday (Friday): Monday 4 January.
        assertThat(MonthlyReportCalendar.firstWorkingDay(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(MonthlyReportCalendar.isReportDay(LocalDate.of(2026, 11, 2))).isTrue();
        assertThat(MonthlyReportCalendar.isReportDay(LocalDate.of(2026, 11, 3))).isFalse();
        assertThat(MonthlyReportCalendar.reportedMonth(LocalDate.of(2027, 1, 4))).isEqualTo(YearMonth.of(2026, 12));
    }
}
