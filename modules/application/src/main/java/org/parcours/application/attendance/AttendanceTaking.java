package org.parcours.application.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.attendance.Attendance;
import org.parcours.domain.attendance.AttendanceRepository;
import org.parcours.domain.attendance.AttendanceStatus;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/** The attendance sheet of a session (émargement). */
@ApplicationScoped
@Transactional
public class AttendanceTaking {

    /** Letters and digits that cannot be mistaken for one another when read off a screen. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SessionRepository sessions;
    @Inject
    AttendanceRepository attendance;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;

    /** Whether the caller may see the sheet: the cohort's managers and partners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRead(Session session) {
        // Partners follow attendance, of the cohorts they follow only; territories never read the sheets.
        return rights.mayManage(session.getCohort())
                || access.holds(Role.PARTNER) && access.mayRead(session.getCohort());
    }

    /** Every expected participant with their status, by territory and name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SheetLine> sheet(long sessionId) {
        Session session = session(sessionId);
        if (!mayRead(session)) {
            throw new AccessDenied("attendance.read");
        }
        return lines(session);
    }

    public void mark(long sessionId, long memberId, @NotNull AttendanceStatus status) {
        Session session = managed(sessionId);
        Member member = expected(session).get(memberId);
        if (member == null) {
            throw new RuleViolation(null, "attendance.notExpected", memberId);
        }
        record(session, member, status);
        attendance.flush();
    }

    /** Marks everyone present at once (the usual case), then the exceptions are clicked. */
    public void markAllPresent(long sessionId) {
        Session session = managed(sessionId);
        expected(session).values().forEach(member -> record(session, member, AttendanceStatus.PRESENT));
        attendance.flush();
    }

    /** Makes a new self check-in code for the facilitator to show. */
    public String showCheckInCode(long sessionId) {
        Session session = managed(sessionId);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        session.showCheckInCode(code.toString());
        sessions.flush();
        return code.toString();
    }

    /**
     * The signed-in member registers their own presence with the code shown in the session they
     * are attending now.
     */
    public Attendance checkIn(@NotNull String code) {
        Person me = access.person().orElseThrow(() -> new AccessDenied("attendance.checkIn"));
        List<Long> mine = access.territoryIds();
        Instant now = Instant.now();
        List<Session> running = sessions.ofTerritories(mine, now.minus(Duration.ofHours(12)),
                now.plus(Attendance.CHECK_IN_OPENS), 200);
        Session session = running.stream()
                .filter(s -> s.getCheckInCode() != null && s.getCheckInCode().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("code", "attendance.code.wrong"));
        Member member = expected(session).values().stream()
                .filter(m -> m.getEmail().equals(me.getEmail()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("code", "attendance.notExpected", me.getDisplayName()));
        Attendance line = attendance.find(session.getId(), member.getId()).orElse(null);
        Attendance checked = Attendance.checkIn(session, member, code, now);
        if (line == null) {
            attendance.add(checked);
            line = checked;
        } else {
            line.change(checked.getStatus(), now);
        }
        attendance.flush();
        return line;
    }

    private void record(Session session, Member member, AttendanceStatus status) {
        Instant now = Instant.now();
        attendance.find(session.getId(), member.getId()).ifPresentOrElse(
                line -> line.change(status, now),
                () -> attendance.add(Attendance.mark(session, member, status, now)));
    }

    private List<SheetLine> lines(Session session) {
        Map<Long, Attendance> marked = attendance.ofSession(session.getId()).stream()
                .collect(Collectors.toMap(a -> a.getMember().getId(), Function.identity()));
        return expected(session).values().stream()
                .map(m -> {
                    Attendance a = marked.get(m.getId());
                    return new SheetLine(m, a == null ? null : a.getStatus(), a != null && a.isSelfRegistered());
                })
                .toList();
    }

    /** The members of the territories taking part, by territory and name, keyed by id. */
    private Map<Long, Member> expected(Session session) {
        List<Long> territoryIds = session.participants().stream().map(Territory::getId).toList();
        return attendance.membersOf(territoryIds).stream()
                .collect(Collectors.toMap(Member::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Session managed(long sessionId) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "attendance.mark");
        return session;
    }

    private Session session(long id) {
        return sessions.findWithDetails(id).orElseThrow(() -> new RuleViolation(null, "session.unknown", id));
    }
}
