package org.parcours.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.attendance.Attendance;
import org.parcours.domain.attendance.AttendanceRepository;
import org.parcours.domain.attendance.AttendanceStatus;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.schedule.DefaultProgramme;
import org.parcours.domain.schedule.Programme;
import org.parcours.domain.schedule.ProgrammeRepository;
import org.parcours.domain.schedule.ScheduleGenerator;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.work.Assignment;
import org.parcours.domain.work.WorkRepository;

/**
 * The demo cohort's path: the default programme, the sessions generated from it, an assignment on
 * the first individual work time, and attendance already taken in the sessions that are over.
 */
@ApplicationScoped
public class DemoSchedule {

    @Inject
    ProgrammeRepository programmes;
    @Inject
    SessionRepository sessions;
    @Inject
    AttendanceRepository attendance;
    @Inject
    WorkRepository work;

    /** Called by {@link DemoData} inside its transaction; returns how many sessions were made. */
    int plan(Cohort cohort) {
        Programme programme = DefaultProgramme.build();
        programmes.add(programme);
        List<Session> generated = ScheduleGenerator.generate(programme, cohort, cohort.getFacilitators());
        generated.forEach(sessions::add);
        sessions.flush();
        generated.stream().filter(s -> s.getKind() == SessionKind.INDIVIDUAL_WORK).findFirst()
                .ifPresent(s -> work.add(new Assignment(s,
                        "Décrivez en une page les trois besoins prioritaires de votre territoire, avec qui vous "
                                + "les avez fait émerger et comment.", s.getEndsAt().plus(Duration.ofDays(7)))));
        takeAttendanceOfPastSessions(cohort, generated);
        return generated.size();
    }

    private void takeAttendanceOfPastSessions(Cohort cohort, List<Session> generated) {
        Instant now = Instant.now();
        List<Member> members = new ArrayList<>();
        cohort.getTerritories().stream().map(Territory::getMembers).forEach(members::addAll);
        AttendanceStatus[] pattern = {AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
            AttendanceStatus.LATE, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT};
        int n = 0;
        for (Session session : generated) {
            if (session.getEndsAt().isAfter(now) || session.getKind() == SessionKind.INDIVIDUAL_WORK) {
                continue;
            }
            for (Member member : members) {
                attendance.add(Attendance.mark(session, member, pattern[n++ % pattern.length], session.getStartsAt()));
            }
        }
        attendance.flush();
    }
}
