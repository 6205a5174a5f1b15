package org.parcours.infrastructure.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;

/** The columns of a schedule file, the same for export and import, times in Paris time. */
public final class ScheduleColumns {

    public static final List<String> HEADERS = List.of("title", "kind", "format", "date", "start", "end", "phase",
            "venue_name", "venue_address", "venue_capacity", "video_link", "agenda", "cancelled");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ScheduleColumns() {
    }

    static List<String> values(Session s) {
        LocalDate day = ParisTime.dayOf(s.getStartsAt());
        LocalTime start = s.getStartsAt().atZone(ParisTime.ZONE).toLocalTime();
        LocalTime end = s.getEndsAt().atZone(ParisTime.ZONE).toLocalTime();
        List<String> values = new ArrayList<>();
        values.add(s.getTitle());
        values.add(s.getKind().name());
        values.add(s.getFormat().name());
        values.add(day.toString());
        values.add(start.format(TIME));
        values.add(end.format(TIME));
        values.add(nz(s.getPhase()));
        values.add(s.getVenue() == null ? "" : s.getVenue().getName());
        values.add(s.getVenue() == null ? "" : s.getVenue().getAddress());
        values.add(s.getVenue() == null ? "" : String.valueOf(s.getVenue().getCapacity()));
        values.add(nz(s.getVideoLink()));
        values.add(nz(s.getAgenda()));
        values.add(s.isCancelled() ? "yes" : "");
        return values;
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }

    /**
     * Neutralises a value a spreadsheet would run as a formula (CSV injection): a leading = + - @
     * gets a quote mark in front.
     */
    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
