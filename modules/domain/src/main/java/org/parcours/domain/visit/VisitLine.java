package org.parcours.domain.visit;

import java.io.Serializable;
import java.time.Instant;

/** One visit of a cohort's list: what the list shows of it, copied from the visit when the list is read. */
public record VisitLine(Long id, String practice, String hostName, Theme theme, String otherTheme, Instant startsAt,
        int freePlaces, int places) implements Serializable {

    // JavaBean getters: Faces EL 5 reads properties, not record components.
    public Long getId() { return id; }
    public String getPractice() { return practice; }
    public String getHostName() { return hostName; }
    public Theme getTheme() { return theme; }
    public String getOtherTheme() { return otherTheme; }
    public Instant getStartsAt() { return startsAt; }
    public int getFreePlaces() { return freePlaces; }
    public int getPlaces() { return places; }

    public static VisitLine of(LearningVisit visit) {
        return new VisitLine(visit.getId(), visit.getPractice(), visit.getHost().getName(), visit.getTheme(),
                visit.getOtherTheme(), visit.getStartsAt(), visit.freePlaces(), visit.getPlaces());
    }
}
