package org.parcours.application.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.ResourceLink;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.schedule.Venue;

/** Turns what was typed (a form or a CSV row) into the domain's values, field by field. */
final class SessionForms {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private SessionForms() {
    }

    static SessionPlan plan(SessionForm f) {
        Venue venue = null;
        if (f.getFormat() != null && f.getFormat().needsVenue()) {
            venue = Venue.of(f.getVenueName(), f.getVenueAddress(), f.getVenueCapacity());
        }
        return new SessionPlan(f.getTitle(), f.getKind(), f.getFormat(), f.getPhase(), venue, f.getVideoLink(),
                f.getAgenda());
    }

    static SessionTiming timing(SessionForm f) {
        if (f.getDate() == null) {
            throw new RuleViolation("date", "field.required");
        }
        if (f.getStart() == null) {
            throw new RuleViolation("start", "field.required");
        }
        if (f.getEnd() == null) {
            throw new RuleViolation("end", "field.required");
        }
        return new SessionTiming(ParisTime.at(f.getDate(), f.getStart()), ParisTime.at(f.getDate(), f.getEnd()));
    }

    static List<ResourceLink> resources(SessionForm f) {
        List<ResourceLink> links = new ArrayList<>();
        for (int i = 0; i < f.getResources().size(); i++) {
            SessionForm.ResourceForm r = f.getResources().get(i);
            boolean blank = (r.getTitle() == null || r.getTitle().isBlank()) && (r.getUrl() == null || r.getUrl().isBlank());
            if (!blank) {
                links.add(ResourceLink.of(r.getTitle(), r.getUrl(), "resources." + i + (r.getTitle() == null
                        || r.getTitle().isBlank() ? ".title" : ".url")));
            }
        }
        return links;
    }

    /** A CSV row as a form; a value that cannot be read is refused on its column. */
    static SessionForm fromRow(ImportRow row) {
        Map<String, String> v = row.values();
        SessionForm f = new SessionForm();
        f.setTitle(v.get("title"));
        f.setKind(enumValue(SessionKind.class, v.get("kind"), "kind"));
        f.setFormat(enumValue(SessionFormat.class, v.get("format"), "format"));
        f.setDate(date(v.get("date")));
        f.setStart(time(v.get("start"), "start"));
        f.setEnd(time(v.get("end"), "end"));
        f.setPhase(v.get("phase"));
        f.setVenueName(v.get("venue_name"));
        f.setVenueAddress(v.get("venue_address"));
        String capacity = blankToNull(v.get("venue_capacity"));
        if (capacity != null) {
            try {
                f.setVenueCapacity(Integer.valueOf(capacity));
            } catch (NumberFormatException e) {
                throw new RuleViolation("venueCapacity", "import.notANumber", capacity);
            }
        }
        f.setVideoLink(v.get("video_link"));
        f.setAgenda(v.get("agenda"));
        return f;
    }

    /** The CSV column of a form field, for the import report. */
    static String column(String field) {
        if (field == null) {
            return "";
        }
        return switch (field) {
            case "venueName" -> "venue_name";
            case "venueAddress" -> "venue_address";
            case "venueCapacity" -> "venue_capacity";
            case "videoLink" -> "video_link";
            default -> field;
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw new RuleViolation(field, "field.required");
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "import.unknownValue", v);
        }
    }

    private static LocalDate date(String value) {
        String v = blankToNull(value);
        if (v == null) {
            throw new RuleViolation("date", "field.required");
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("date", "import.badDate", v);
        }
    }

    private static LocalTime time(String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw new RuleViolation(field, "field.required");
        }
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "import.badTime", v);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
