package org.parcours.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleGeneratorTest {

    private final Fixtures f = new Fixtures();

    @Test
    void the_default_programme_fills_nine_months_on_working_days_inside_the_cohort() {
        Programme programme = DefaultProgramme.build();
        List<Session> sessions = ScheduleGenerator.generate(programme, f.cohort, f.cohort.getFacilitators());

        assertThat(sessions).hasSize(programme.getSessions().size()).hasSizeGreaterThanOrEqualTo(27);
        assertThat(sessions).allSatisfy(s -> {
            LocalDate day = ParisTime.dayOf(s.getStartsAt());
            assertThat(FrenchHolidays.isWorkingDay(day)).as("%s on %s", s.getTitle(), day).isTrue();
            assertThat(f.cohort.isRunningOn(day)).isTrue();
            assertThat(s.isWholeCohort()).isTrue();
            assertThat(s.getFacilitators()).containsExactlyInAnyOrder(f.claire, f.hugo);
            assertThat(s.getSequence()).isZero();
        });
        assertThat(sessions).extracting(Session::getStartsAt).isSorted();
        assertThat(sessions).extracting(Session::getPhase).containsOnlyElementsOf(DefaultProgramme.PHASES)
                .contains(DefaultProgramme.PHASES.toArray(String[]::new));
        // Every month of the path has sessions.
        assertThat(sessions.stream().map(s -> ParisTime.dayOf(s.getStartsAt()).withDayOfMonth(1)).distinct()).hasSize(9);
    }

    @Test
    void a_template_falling_on_a_holiday_moves_to_the_next_working_day() {
        // Month 3 week 2 from 1 Sept 2026 is the week of 8 Nov; its Wednesday is 11 November (Armistice).
        SessionTemplate template = new SessionTemplate(0, 3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), 60,
                SessionKind.WEBINAR, SessionFormat.REMOTE, "Webinaire", null);
        assertThat(ScheduleGenerator.dayOf(template, Fixtures.START, Fixtures.START.plusMonths(9)))
                .isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void times_are_paris_times_stored_as_utc_instants() {
        Programme programme = new Programme("Court", List.of("Phase"));
        programme.place(new SessionTemplate(0, 1, 1, DayOfWeek.TUESDAY, LocalTime.of(9, 30), 90,
                SessionKind.WEBINAR, SessionFormat.REMOTE, "Webinaire", null));
        Session session = ScheduleGenerator.generate(programme, f.cohort, List.of()).get(0);
        // Tuesday 1 September 2026, 9:30 in Paris (summer time, UTC+2) is 7:30 UTC.
        assertThat(session.getStartsAt().atOffset(ZoneOffset.UTC).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 9, 1).atTime(7, 30));
        assertThat(session.timing().minutes()).isEqualTo(90);
    }

    @Test
    void a_template_past_the_end_of_a_short_cohort_lands_on_its_last_working_day() {
        SessionTemplate template = new SessionTemplate(0, 9, 4, DayOfWeek.FRIDAY, LocalTime.of(9, 0), 60,
                SessionKind.WEBINAR, SessionFormat.REMOTE, "Clôture", null);
        LocalDate end = LocalDate.of(2027, 5, 16); // a Sunday
        assertThat(ScheduleGenerator.dayOf(template, Fixtures.START, end)).isEqualTo(LocalDate.of(2027, 5, 14));
    }
}
