package org.parcours.application.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.ResourceLink;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.territory.Territory;

/** A session as typed in a form (or read from a CSV row): times are Paris times on one day. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Session.TITLE_MAX)
    private String title;
    @NotNull
    private SessionKind kind;
    @NotNull
    private SessionFormat format;
    private String phase;
    @NotNull
    private LocalDate date;
    @NotNull
    private LocalTime start;
    @NotNull
    private LocalTime end;
    private String venueName;
    private String venueAddress;
    private Integer venueCapacity;
    private String videoLink;
    @Size(max = Session.AGENDA_MAX)
    private String agenda;
    private boolean wholeCohort = true;
    private List<Long> territoryIds = new ArrayList<>();
    private List<Long> facilitatorIds = new ArrayList<>();
    @Valid
    private List<ResourceForm> resources = new ArrayList<>();
    private long version;
    /** The facilitator saw the warnings and saves anyway. */
    private boolean confirmWarnings;

    public static SessionForm of(Session s) {
        SessionForm f = new SessionForm();
        f.title = s.getTitle();
        f.kind = s.getKind();
        f.format = s.getFormat();
        f.phase = s.getPhase();
        f.date = ParisTime.dayOf(s.getStartsAt());
        f.start = s.getStartsAt().atZone(ParisTime.ZONE).toLocalTime();
        f.end = s.getEndsAt().atZone(ParisTime.ZONE).toLocalTime();
        if (s.getVenue() != null) {
            f.venueName = s.getVenue().getName();
            f.venueAddress = s.getVenue().getAddress();
            f.venueCapacity = s.getVenue().getCapacity();
        }
        f.videoLink = s.getVideoLink();
        f.agenda = s.getAgenda();
        f.wholeCohort = s.isWholeCohort();
        s.getTerritories().stream().map(Territory::getId).forEach(f.territoryIds::add);
        s.getFacilitators().stream().map(Person::getId).forEach(f.facilitatorIds::add);
        for (ResourceLink link : s.getResources()) {
            f.resources.add(new ResourceForm(link.getTitle(), link.getUrl()));
        }
        f.version = s.getVersion();
        return f;
    }

    /** A titled link as typed. */
    public static class ResourceForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String url;

        public ResourceForm() {
        }

        public ResourceForm(String title, String url) {
            this.title = title;
            this.url = url;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public SessionFormat getFormat() { return format; }
    public void setFormat(SessionFormat format) { this.format = format; }
    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = phase; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String venueName) { this.venueName = venueName; }
    public String getVenueAddress() { return venueAddress; }
    public void setVenueAddress(String venueAddress) { this.venueAddress = venueAddress; }
    public Integer getVenueCapacity() { return venueCapacity; }
    public void setVenueCapacity(Integer venueCapacity) { this.venueCapacity = venueCapacity; }
    public String getVideoLink() { return videoLink; }
    public void setVideoLink(String videoLink) { this.videoLink = videoLink; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public boolean isWholeCohort() { return wholeCohort; }
    public void setWholeCohort(boolean wholeCohort) { this.wholeCohort = wholeCohort; }
    public List<Long> getTerritoryIds() { return territoryIds; }
    public void setTerritoryIds(List<Long> ids) { this.territoryIds = ids == null ? new ArrayList<>() : new ArrayList<>(ids); }
    public List<Long> getFacilitatorIds() { return facilitatorIds; }
    public void setFacilitatorIds(List<Long> ids) { this.facilitatorIds = ids == null ? new ArrayList<>() : new ArrayList<>(ids); }
    public List<ResourceForm> getResources() { return resources; }
    public void setResources(List<ResourceForm> resources) { this.resources = resources == null ? new ArrayList<>() : resources; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isConfirmWarnings() { return confirmWarnings; }
    public void setConfirmWarnings(boolean confirmWarnings) { this.confirmWarnings = confirmWarnings; }
}
