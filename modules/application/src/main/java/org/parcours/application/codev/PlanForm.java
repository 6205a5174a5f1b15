package org.parcours.application.codev;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.parcours.domain.schedule.SessionFormat;

/** When and how a group meets for a session, and who is the client (optional: members may pitch first). */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate day;
    @NotNull
    private LocalTime start = LocalTime.of(14, 0);
    @NotNull
    @Min(30)
    @Max(240)
    private Integer minutes = 120;
    @NotNull
    private SessionFormat format = SessionFormat.REMOTE;
    private String videoLink;
    private String venueName;
    private String venueAddress;
    private Long clientId;

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

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
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

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }
}
