package org.parcours.application.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;

/** A session template as typed: where it sits in the path (phase, month, week, weekday) and what it is. */
public class TemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Integer phase = 0;
    @NotNull
    private Integer month = 1;
    @NotNull
    private Integer week = 1;
    @NotNull
    private DayOfWeek weekday = DayOfWeek.TUESDAY;
    @NotNull
    private LocalTime startTime = LocalTime.of(9, 30);
    @NotNull
    private Integer durationMinutes = 120;
    @NotNull
    private SessionKind kind;
    @NotNull
    private SessionFormat format;
    @NotBlank
    @Size(max = Session.TITLE_MAX)
    private String title;
    @Size(max = Session.AGENDA_MAX)
    private String agenda;

    public Integer getPhase() { return phase; }
    public void setPhase(Integer phase) { this.phase = phase; }
    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public Integer getWeek() { return week; }
    public void setWeek(Integer week) { this.week = week; }
    public DayOfWeek getWeekday() { return weekday; }
    public void setWeekday(DayOfWeek weekday) { this.weekday = weekday; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public SessionFormat getFormat() { return format; }
    public void setFormat(SessionFormat format) { this.format = format; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
}
