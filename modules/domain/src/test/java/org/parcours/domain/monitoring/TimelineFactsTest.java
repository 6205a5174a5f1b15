package org.parcours.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parcours.domain.schedule.SessionKind;

class TimelineFactsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Instant BEFORE = NOW.minusSeconds(3600);
    private static final Instant AFTER = NOW.plusSeconds(3600);

    private static TimelineFacts workshop(Instant ends, boolean sheet, boolean attended) {
        return new TimelineFacts(SessionKind.COLLECTIVE_WORKSHOP, false, ends, sheet, attended, null, false, false,
                false, false, false, false);
    }

    @Test
    void a_collective_session_is_attended_missed_unrecorded_or_to_come() {
        assertThat(workshop(BEFORE, true, true).outcome(NOW)).isEqualTo(Outcome.ATTENDED);
        assertThat(workshop(BEFORE, true, false).outcome(NOW)).isEqualTo(Outcome.MISSED);
        assertThat(workshop(BEFORE, false, false).outcome(NOW)).isEqualTo(Outcome.NOT_RECORDED);
        assertThat(workshop(AFTER, false, false).outcome(NOW)).isEqualTo(Outcome.UPCOMING);
        assertThat(new TimelineFacts(SessionKind.WEBINAR, true, BEFORE, true, true, null, false, false, false, false,
                false, false).outcome(NOW)).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void individual_work_is_handed_in_late_missing_or_open_by_its_due_date() {
        assertThat(work(BEFORE, true, false).outcome(NOW)).isEqualTo(Outcome.HANDED_IN);
        assertThat(work(BEFORE, true, true).outcome(NOW)).isEqualTo(Outcome.HANDED_IN_LATE);
        assertThat(work(BEFORE, false, false).outcome(NOW)).isEqualTo(Outcome.MISSING);
        assertThat(work(AFTER, false, false).outcome(NOW)).isEqualTo(Outcome.OPEN);
        assertThat(work(AFTER, true, false).outcome(NOW)).isEqualTo(Outcome.HANDED_IN);
        // An individual work time without an assignment: nothing to hand in, nothing recorded.
        assertThat(new TimelineFacts(SessionKind.INDIVIDUAL_WORK, false, BEFORE, false, false, null, false, false,
                false, false, false, false).outcome(NOW)).isEqualTo(Outcome.NOT_RECORDED);
    }

    @Test
    void co_development_and_visits_say_whether_the_territory_took_part() {
        assertThat(new TimelineFacts(SessionKind.CODEV_WORKSHOP, false, BEFORE, false, false, null, false, false, true,
                true, false, false).outcome(NOW)).isEqualTo(Outcome.TOOK_PART);
        assertThat(new TimelineFacts(SessionKind.CODEV_WORKSHOP, false, BEFORE, false, false, null, false, false, true,
                false, false, false).outcome(NOW)).isEqualTo(Outcome.NOT_CONCERNED);
        assertThat(new TimelineFacts(SessionKind.LEARNING_VISIT, false, AFTER, false, false, null, false, false, false,
                false, true, false).outcome(NOW)).isEqualTo(Outcome.HOSTED);
        assertThat(new TimelineFacts(SessionKind.LEARNING_VISIT, false, BEFORE, false, false, null, false, false, false,
                false, false, true).outcome(NOW)).isEqualTo(Outcome.VISITED);
    }

    private static TimelineFacts work(Instant due, boolean handedIn, boolean late) {
        return new TimelineFacts(SessionKind.INDIVIDUAL_WORK, false, BEFORE.minusSeconds(86400), false, false, due,
                handedIn, late, false, false, false, false);
    }
}
