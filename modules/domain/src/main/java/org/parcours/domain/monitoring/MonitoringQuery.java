package org.parcours.domain.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.SessionKind;

/**
 * What the dashboards ask for: the territories of some cohorts, optionally those whose name contains
 * a text, over a period of whole days (Paris time, both ends included), counting attendance at one
 * kind of collective session or all of them, as of {@code now} (facts after it are not yet facts);
 * {@code territoryId}, when given, keeps that territory alone.
 */
public record MonitoringQuery(List<Long> cohortIds, String territoryText, LocalDate from, LocalDate to,
        SessionKind kind, Instant now, Long territoryId) implements java.io.Serializable {

    /** The sessions attendance is measured at: the path's collective times (co-development and visits have their own figures). */
    public static final Set<SessionKind> COLLECTIVE_KINDS = EnumSet.of(SessionKind.COLLECTIVE_WORKSHOP,
            SessionKind.WEBINAR, SessionKind.TESTIMONY, SessionKind.ROLE_PLAY);

    /** A period longer than this is refused: the dashboards compare months, not decades. */
    public static final int MAX_DAYS = 3 * 366;

    public MonitoringQuery {
        cohortIds = List.copyOf(cohortIds);
        territoryText = territoryText == null || territoryText.isBlank() ? null : territoryText.strip();
        if (from == null) {
            throw new RuleViolation("from", "monitoring.from.required");
        }
        if (to == null) {
            throw new RuleViolation("to", "monitoring.to.required");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "monitoring.period.invalid");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new RuleViolation("to", "monitoring.period.tooLong", MAX_DAYS);
        }
        if (kind != null && !COLLECTIVE_KINDS.contains(kind)) {
            throw new RuleViolation("kind", "monitoring.kind.notCollective");
        }
        if (now == null) {
            throw new IllegalArgumentException("now is required");
        }
    }

    public MonitoringQuery(List<Long> cohortIds, String territoryText, LocalDate from, LocalDate to, SessionKind kind,
            Instant now) {
        this(cohortIds, territoryText, from, to, kind, now, null);
    }

    /** The same query for one territory only. */
    public MonitoringQuery forTerritory(long id) {
        return new MonitoringQuery(cohortIds, territoryText, from, to, kind, now, id);
    }

    /** The first instant of the period. */
    public Instant start() {
        return ParisTime.at(from, LocalTime.MIDNIGHT);
    }

    /** The instant after the period (midnight ending its last day). */
    public Instant end() {
        return ParisTime.at(to.plusDays(1), LocalTime.MIDNIGHT);
    }

    /** The kinds of session attendance is counted at under this query. */
    public Set<SessionKind> attendanceKinds() {
        return kind == null ? COLLECTIVE_KINDS : EnumSet.of(kind);
    }

    public MonitoringQuery withCohorts(List<Long> ids) {
        return new MonitoringQuery(ids, territoryText, from, to, kind, now, territoryId);
    }

    // JavaBean names for the pages' expression language (it reads no record components)
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public SessionKind getKind() { return kind; }
}
