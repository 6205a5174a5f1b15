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
import org.parcours.domain.work.Submission;
import org.parcours.domain.work.WorkRepository;

/**
 * The demo cohort's path: the default programme, the sessions generated from it, an assignment on
 * the first individual work time with work handed in once due, and attendance already taken in the
 * sessions that are over (varied, so that the progress dashboards have something to show).
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
        generated.stream().filter(s -> s.getKind() == SessionKind.INDIVIDUAL_WORK).findFirst().ifPresent(s -> {
            Assignment first = new Assignment(s,
                    "Décrivez en une page les trois besoins prioritaires de votre territoire, avec qui vous "
                            + "les avez fait émerger et comment.", s.getEndsAt().plus(Duration.ofDays(7)));
            work.add(first);
            handInFirstWork(cohort, first);
        });
        takeAttendanceOfPastSessions(cohort, generated);
        return generated.size();
    }

    /**
     * Attendance of the sessions already over, varied so that the dashboards have something to show:
     * most teams come (with the odd member late, excused or absent), each now and then misses a
     * session, and the last territory has stopped coming after its first session (an alert).
     */
    private void takeAttendanceOfPastSessions(Cohort cohort, List<Session> generated) {
        Instant now = Instant.now();
        List<Territory> teams = cohort.getTerritories().stream()
                .sorted(java.util.Comparator.comparing(Territory::getName)).toList();
        AttendanceStatus[] pattern = {AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
            AttendanceStatus.LATE, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT};
        int n = 0;
        int held = 0;
        for (Session session : generated) {
            if (session.getEndsAt().isAfter(now) || session.getKind() == SessionKind.INDIVIDUAL_WORK) {
                continue;
            }
            for (int t = 0; t < teams.size(); t++) {
                boolean missed = t == teams.size() - 1 ? held > 0 : (t + held) % 6 == 0;
                for (Member member : teams.get(t).getMembers()) {
                    AttendanceStatus status = missed ? (n % 2 == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED)
                            : pattern[n % pattern.length];
                    n++;
                    attendance.add(Attendance.mark(session, member, status, session.getStartsAt()));
                }
            }
            held++;
        }
        attendance.flush();
    }

    /**
     * Work handed in for the first assignment once it is due: most teams on time, some late, a few
     * not at all (so that "work overdue" shows).
     */
    private void handInFirstWork(Cohort cohort, Assignment assignment) {
        Instant now = Instant.now();
        if (assignment.getDueAt().isAfter(now)) {
            return;
        }
        List<Territory> teams = cohort.getTerritories().stream()
                .sorted(java.util.Comparator.comparing(Territory::getName)).toList();
        for (int t = 0; t < teams.size(); t++) {
            if (t % 4 == 3) {
                continue; // not handed in
            }
            Instant when = t % 4 == 2 ? assignment.getDueAt().plus(Duration.ofDays(2))
                    : assignment.getDueAt().minus(Duration.ofDays(1));
            if (when.isAfter(now)) {
                continue;
            }
            Submission submission = new Submission(assignment, teams.get(t));
            submission.handIn("Nos trois besoins prioritaires, issus de nos ateliers de territoire.", List.of(),
                    "demo", when);
            work.add(submission);
        }
    }
}
