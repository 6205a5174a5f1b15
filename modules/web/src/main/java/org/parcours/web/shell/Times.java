package org.parcours.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.parcours.domain.schedule.ParisTime;

/**
 * Instants shown in Paris time in the page's language: {@code #{times.day(s.startsAt)}},
 * {@code #{times.time(...)}}, {@code #{times.dateTime(...)}}.
 */
@Named
@ApplicationScoped
public class Times {

    public String day(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
    }

    /** The language's short date with the year in full: 05/03/2031 in French, 3/5/2031 in English. */
    public String shortDay(Instant instant) {
        return instant == null ? "" : format(instant, DateTimeFormatter.ofPattern(shortDatePattern(locale())));
    }

    /** The language's time of day: 14:30 in French, 2:30 PM in English. */
    public String time(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
    }

    static String shortDatePattern(Locale locale) {
        // The short styles of both languages write two-digit years in some JDKs: four are clearer.
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "yyyy");
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    }

    private static String format(Instant instant, DateTimeFormatter formatter) {
        if (instant == null) {
            return "";
        }
        return formatter.withLocale(locale()).withZone(ParisTime.ZONE).format(instant);
    }
}
