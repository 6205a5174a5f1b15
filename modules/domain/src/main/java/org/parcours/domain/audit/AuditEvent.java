package org.parcours.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One entry of the audit trail: when (UTC), who (a username, or "anonymous"), what, on what, and a
 * short detail. Texts longer than their column are cut rather than refused: the trail must never
 * lose an event because its detail is long.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int ACTOR_MAX = 64;
    public static final int SUBJECT_MAX = 200;
    public static final int DETAIL_MAX = 1000;
    public static final String ANONYMOUS = "anonymous";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** In UTC; a LocalDateTime because the JPA provider maps it to DATETIME natively (not Instant). */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject", length = SUBJECT_MAX)
    private String subject;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String subject, String detail) {
        this.occurredAt = LocalDateTime.ofInstant(Objects.requireNonNull(occurredAt, "occurredAt"), ZoneOffset.UTC);
        this.action = Objects.requireNonNull(action, "action");
        this.actor = actor == null || actor.isBlank() ? ANONYMOUS : cut(actor.strip(), ACTOR_MAX);
        this.subject = subject == null ? null : cut(subject, SUBJECT_MAX);
        this.detail = detail == null ? null : cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        // Control characters (line breaks...) would let a forged username fake extra log lines.
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
