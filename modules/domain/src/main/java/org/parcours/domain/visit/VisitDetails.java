package org.parcours.domain.visit;

import java.io.Serializable;
import java.time.LocalDate;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.SessionTiming;

/**
 * What a visit offers: its theme (one of the network's four, or another named one), the practice
 * shown, when and where, the programme, the number of places and the last day to register (not after
 * the visit's day).
 */
public record VisitDetails(Theme theme, String otherTheme, String practice, SessionTiming timing, String venueName,
        String venueAddress, String programme, Integer places, LocalDate registrationDeadline) implements Serializable {

    public static final int PRACTICE_MAX = 200;
    public static final int OTHER_THEME_MAX = 120;
    public static final int VENUE_NAME_MAX = 160;
    public static final int VENUE_ADDRESS_MAX = 300;
    public static final int PROGRAMME_MAX = 4000;
    public static final int MAX_PLACES = 500;

    public VisitDetails {
        if (theme == null) {
            throw new RuleViolation("theme", "field.required");
        }
        otherTheme = theme == Theme.OTHER ? Text.required(otherTheme, OTHER_THEME_MAX, "otherTheme") : null;
        practice = Text.required(practice, PRACTICE_MAX, "practice");
        if (timing == null) {
            throw new RuleViolation("start", "field.required");
        }
        venueName = Text.required(venueName, VENUE_NAME_MAX, "venueName");
        venueAddress = Text.required(venueAddress, VENUE_ADDRESS_MAX, "venueAddress");
        programme = Text.required(programme, PROGRAMME_MAX, "programme");
        if (places == null) {
            throw new RuleViolation("places", "field.required");
        }
        if (places < 1 || places > MAX_PLACES) {
            throw new RuleViolation("places", "visit.places.range", 1, MAX_PLACES);
        }
        if (registrationDeadline == null) {
            throw new RuleViolation("registrationDeadline", "field.required");
        }
        if (registrationDeadline.isAfter(ParisTime.dayOf(timing.start()))) {
            throw new RuleViolation("registrationDeadline", "visit.deadline.afterVisit");
        }
    }
}
