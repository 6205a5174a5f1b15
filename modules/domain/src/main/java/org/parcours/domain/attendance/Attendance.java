package org.parcours.domain.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.territory.Member;

/** One line of a session's attendance sheet: a team member and whether they came. */
@Entity
@Table(name = "attendance")
public class Attendance implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Self check-in opens this long before the start. */
    public static final Duration CHECK_IN_OPENS = Duration.ofMinutes(30);
    /** Checking in later than this after the start counts as late. */
    public static final Duration GRACE = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "self_registered", nullable = false)
    private boolean selfRegistered;

    protected Attendance() {
        // for JPA
    }

    /** A facilitator marks a member; the member must be expected at the session. */
    public static Attendance mark(Session session, Member member, AttendanceStatus status, Instant now) {
        refuseUnexpected(session, member);
        Attendance line = new Attendance();
        line.session = session;
        line.member = member;
        line.change(status, now);
        return line;
    }

    /**
     * A member registers their own presence with the session's code, while the session runs (from
     * half an hour before): present, or late after the first ten minutes.
     */
    public static Attendance checkIn(Session session, Member member, String code, Instant now) {
        refuseUnexpected(session, member);
        if (session.getCheckInCode() == null || code == null
                || !session.getCheckInCode().equalsIgnoreCase(code.strip())) {
            throw new RuleViolation("code", "attendance.code.wrong");
        }
        if (now.isBefore(session.getStartsAt().minus(CHECK_IN_OPENS)) || now.isAfter(session.getEndsAt())) {
            throw new RuleViolation("code", "attendance.code.closed");
        }
        Attendance line = new Attendance();
        line.session = session;
        line.member = member;
        line.change(now.isAfter(session.getStartsAt().plus(GRACE)) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, now);
        line.selfRegistered = true;
        return line;
    }

    public void change(AttendanceStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.markedAt = now;
        this.selfRegistered = false;
    }

    private static void refuseUnexpected(Session session, Member member) {
        if (!session.involves(member.getTerritory())) {
            throw new RuleViolation(null, "attendance.notExpected", member.getFullName());
        }
    }

    public Long getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public Member getMember() {
        return member;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public boolean isSelfRegistered() {
        return selfRegistered;
    }
}
