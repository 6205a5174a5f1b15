package org.parcours.domain.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.Territory;

/**
 * The conflicts of a session with the rest of the schedule: a facilitator or a territory in two
 * sessions at once, a venue too small for the people expected, a session outside its cohort's period.
 */
public final class ScheduleCheck {

    private ScheduleCheck() {
    }

    /**
     * @param session     the session as it would be saved
     * @param others      sessions overlapping it in time (any cohort); the session itself and
     *                    cancelled sessions are ignored
     * @param expected    how many people are expected (the members of the territories taking part)
     */
    public static List<Conflict> of(Session session, Collection<Session> others, int expected) {
        List<Conflict> found = new ArrayList<>();
        SessionTiming timing = session.timing();
        CohortPeriod period = session.getCohort().getPeriod();
        if (!period.contains(ParisTime.dayOf(timing.start())) || !period.contains(ParisTime.dayOf(timing.end()))) {
            found.add(new Conflict(Conflict.Kind.OUTSIDE_COHORT, "date", "session.conflict.outsideCohort",
                    List.of(period.getStartDate().toString(), period.getEndDate().toString())));
        }
        for (Session other : others) {
            if (other == session || other.isCancelled() || session.isCancelled()
                    || (other.getId() != null && other.getId().equals(session.getId()))
                    || !other.timing().overlaps(timing)) {
                continue;
            }
            for (Person person : session.getFacilitators()) {
                if (other.isRunBy(person)) {
                    found.add(new Conflict(Conflict.Kind.FACILITATOR_BUSY, "facilitators",
                            "session.conflict.facilitatorBusy", List.of(person.getDisplayName(), other.getTitle())));
                }
            }
            for (Territory territory : session.participants()) {
                if (other.involves(territory)) {
                    found.add(new Conflict(Conflict.Kind.TERRITORY_BUSY, "territories",
                            "session.conflict.territoryBusy", List.of(territory.getName(), other.getTitle())));
                }
            }
        }
        Venue venue = session.getVenue();
        if (venue != null && venue.getCapacity() < expected) {
            found.add(new Conflict(Conflict.Kind.VENUE_OVER_CAPACITY, "venueCapacity",
                    "session.conflict.overCapacity", List.of(expected, venue.getCapacity())));
        }
        return found;
    }
}
