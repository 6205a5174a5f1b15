package org.parcours.application.visit;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Theme;

/** A learning visit as its host proposes it. */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long hostId;
    private Theme theme;
    private String otherTheme;
    private String practice;
    @NotNull
    private LocalDate day;
    @NotNull
    private LocalTime start = LocalTime.of(9, 30);
    @NotNull
    private LocalTime end = LocalTime.of(16, 30);
    private String venueName;
    private String venueAddress;
    private String programme;
    private Integer places = 10;
    private LocalDate registrationDeadline;
    private long version;

    public static VisitForm of(LearningVisit visit) {
        VisitForm form = new VisitForm();
        form.hostId = visit.getHost().getId();
        form.theme = visit.getTheme();
        form.otherTheme = visit.getOtherTheme();
        form.practice = visit.getPractice();
        form.day = ParisTime.dayOf(visit.getStartsAt());
        form.start = visit.getStartsAt().atZone(ParisTime.ZONE).toLocalTime();
        form.end = visit.getEndsAt().atZone(ParisTime.ZONE).toLocalTime();
        form.venueName = visit.getVenueName();
        form.venueAddress = visit.getVenueAddress();
        form.programme = visit.getProgramme();
        form.places = visit.getPlaces();
        form.registrationDeadline = visit.getRegistrationDeadline();
        form.version = visit.getVersion();
        return form;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public String getOtherTheme() {
        return otherTheme;
    }

    public void setOtherTheme(String otherTheme) {
        this.otherTheme = otherTheme;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
