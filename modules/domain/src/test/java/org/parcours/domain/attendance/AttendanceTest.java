package org.parcours.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;

class AttendanceTest {

    private final Fixtures f = new Fixtures();
    private final Session session = f.workshop(LocalDate.of(2026, 10, 6), 9, 12);
    private final Member marc = f.lens.addMember("Marc Dubois", EmailAddress.of("marc@lens.test", "email"), TeamRole.OFFICER, null);
    private final Member anne = f.redon.addMember("Anne Rivière", EmailAddress.of("anne@redon.test", "email"), TeamRole.OFFICER, null);

    @Test
    void a_facilitator_marks_only_expected_participants() {
        session.involve(false, List.of(f.lens), List.of(f.claire));
        Attendance line = Attendance.mark(session, marc, AttendanceStatus.EXCUSED, session.getStartsAt());
        assertThat(line.getStatus()).isEqualTo(AttendanceStatus.EXCUSED);
        line.change(AttendanceStatus.PRESENT, session.getStartsAt());
        assertThat(line.getStatus()).isEqualTo(AttendanceStatus.PRESENT);
        assertThatThrownBy(() -> Attendance.mark(session, anne, AttendanceStatus.PRESENT, session.getStartsAt()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void self_check_in_needs_the_code_while_the_session_runs_and_is_late_after_the_grace() {
        session.showCheckInCode("K7P2QX");
        assertThatThrownBy(() -> Attendance.checkIn(session, marc, "WRONG1", session.getStartsAt()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("attendance.code.wrong"));
        assertThatThrownBy(() -> Attendance.checkIn(session, marc, "K7P2QX", session.getStartsAt().minus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("attendance.code.closed"));
        assertThatThrownBy(() -> Attendance.checkIn(session, marc, "K7P2QX", session.getEndsAt().plusSeconds(60)))
                .isInstanceOf(RuleViolation.class);

        Attendance onTime = Attendance.checkIn(session, marc, " k7p2qx ", session.getStartsAt().plus(Duration.ofMinutes(5)));
        assertThat(onTime.getStatus()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(onTime.isSelfRegistered()).isTrue();
        Attendance late = Attendance.checkIn(session, anne, "K7P2QX", session.getStartsAt().plus(Duration.ofMinutes(25)));
        assertThat(late.getStatus()).isEqualTo(AttendanceStatus.LATE);
    }
}
