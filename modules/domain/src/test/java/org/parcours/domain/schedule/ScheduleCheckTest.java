package org.parcours.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);
    private final Fixtures f = new Fixtures();

    @Test
    void a_session_without_overlap_inside_the_cohort_has_no_conflict() {
        Session session = f.workshop(DAY, 9, 12);
        session.involve(true, List.of(), List.of(f.claire));
        Session afternoon = f.workshop(DAY, 14, 17);
        afternoon.involve(true, List.of(), List.of(f.claire));
        assertThat(ScheduleCheck.of(session, List.of(afternoon), 20)).isEmpty();
    }

    @Test
    void a_facilitator_in_two_sessions_at_once_is_a_warning() {
        Session session = f.workshop(DAY, 9, 12);
        session.involve(false, List.of(f.lens), List.of(f.claire));
        Session other = f.workshop(DAY, 11, 13);
        other.involve(false, List.of(f.redon), List.of(f.claire, f.hugo));

        List<Conflict> conflicts = ScheduleCheck.of(session, List.of(other), 5);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.FACILITATOR_BUSY);
            assertThat(c.blocking()).isFalse();
            assertThat(c.field()).isEqualTo("facilitators");
            assertThat(c.arguments()).containsExactly("Claire Moreau", "Atelier");
        });
    }

    @Test
    void a_territory_in_two_sessions_at_once_is_a_warning() {
        Session session = f.workshop(DAY, 9, 12);
        session.involve(false, List.of(f.lens), List.of(f.claire));
        Session other = f.workshop(DAY, 10, 11);
        other.involve(true, List.of(), List.of(f.hugo)); // the whole cohort, Lens included

        assertThat(ScheduleCheck.of(session, List.of(other), 5))
                .extracting(Conflict::kind).containsExactly(Conflict.Kind.TERRITORY_BUSY);
    }

    @Test
    void a_venue_too_small_for_the_expected_people_is_a_warning() {
        Session session = f.workshop(DAY, 9, 12); // 30 seats
        assertThat(ScheduleCheck.of(session, List.of(), 31))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Conflict.Kind.VENUE_OVER_CAPACITY);
                    assertThat(c.arguments()).containsExactly(31, 30);
                });
        assertThat(ScheduleCheck.of(session, List.of(), 30)).isEmpty();
    }

    @Test
    void a_session_outside_the_cohort_period_is_blocking() {
        Session before = f.workshop(Fixtures.START.minusDays(1), 9, 12);
        assertThat(ScheduleCheck.of(before, List.of(), 0))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Conflict.Kind.OUTSIDE_COHORT);
                    assertThat(c.blocking()).isTrue();
                    assertThat(c.field()).isEqualTo("date");
                });
        Session after = f.workshop(f.cohort.getPeriod().getEndDate().plusDays(1), 9, 12);
        assertThat(ScheduleCheck.of(after, List.of(), 0)).extracting(Conflict::kind)
                .containsExactly(Conflict.Kind.OUTSIDE_COHORT);
    }

    @Test
    void cancelled_sessions_and_the_session_itself_do_not_conflict() {
        Session session = Fixtures.withId(f.workshop(DAY, 9, 12), 7L);
        session.involve(true, List.of(), List.of(f.claire));
        Session sameRowLoadedAgain = Fixtures.withId(f.workshop(DAY, 9, 12), 7L);
        sameRowLoadedAgain.involve(true, List.of(), List.of(f.claire));
        Session cancelled = f.workshop(DAY, 9, 12);
        cancelled.involve(true, List.of(), List.of(f.claire));
        cancelled.cancel();
        assertThat(ScheduleCheck.of(session, List.of(sameRowLoadedAgain, cancelled), 0)).isEmpty();
    }

    @Test
    void conflicts_are_reported_together_and_only_warnings_can_be_confirmed() {
        Session session = f.workshop(Fixtures.START.minusDays(1), 9, 12);
        ScheduleConflicts blocked = new ScheduleConflicts(ScheduleCheck.of(session, List.of(), 99));
        assertThat(blocked.conflicts()).hasSize(2);
        assertThat(blocked.onlyWarnings()).isFalse();
        ScheduleConflicts warned = new ScheduleConflicts(ScheduleCheck.of(f.workshop(DAY, 9, 12), List.of(), 99));
        assertThat(warned.onlyWarnings()).isTrue();
    }
}
