package org.parcours.domain.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;
import org.parcours.domain.cohort.CohortPeriod;

/**
 * A session of a programme, placed by month (1 to 9) and week (1 to 4) of the path, on a preferred
 * weekday, with its kind, format, start time, duration and default agenda.
 */
@Embeddable
public class SessionTemplate implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int WEEKS = 4;

    @Column(name = "phase", nullable = false)
    private int phase;

    @Column(name = "month_of_path", nullable = false)
    private int month;

    @Column(name = "week_of_month", nullable = false)
    private int week;

    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 12)
    private DayOfWeek weekday;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private SessionFormat format;

    @Column(name = "title", nullable = false, length = Session.TITLE_MAX)
    private String title;

    @Column(name = "agenda", length = Session.AGENDA_MAX)
    private String agenda;

    protected SessionTemplate() {
        // for JPA
    }

    public SessionTemplate(int phase, int month, int week, DayOfWeek weekday, LocalTime startTime,
            int durationMinutes, SessionKind kind, SessionFormat format, String title, String agenda) {
        if (month < 1 || month > CohortPeriod.DEFAULT_MONTHS) {
            throw new RuleViolation("month", "programme.template.month", CohortPeriod.DEFAULT_MONTHS);
        }
        if (week < 1 || week > WEEKS) {
            throw new RuleViolation("week", "programme.template.week", WEEKS);
        }
        if (durationMinutes < 15 || durationMinutes > Session.MAX_DURATION_MINUTES) {
            throw new RuleViolation("duration", "session.duration.range", Session.MAX_DURATION_MINUTES / 60);
        }
        this.phase = phase;
        this.month = month;
        this.week = week;
        this.weekday = java.util.Objects.requireNonNull(weekday, "weekday");
        this.startTime = java.util.Objects.requireNonNull(startTime, "startTime");
        this.durationMinutes = durationMinutes;
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.format = java.util.Objects.requireNonNull(format, "format");
        this.title = Text.required(title, Session.TITLE_MAX, "title");
        this.agenda = Text.optional(agenda, Session.AGENDA_MAX, "agenda");
    }

    public int getPhase() {
        return phase;
    }

    public int getMonth() {
        return month;
    }

    public int getWeek() {
        return week;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }
}
