package org.parcours.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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

    public String shortDay(Instant instant) {
        return format(instant, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String time(Instant instant) {
        return format(instant, DateTimeFormatter.ofPattern("HH:mm"));
    }

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
    }

    private static String format(Instant instant, DateTimeFormatter formatter) {
        if (instant == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
        return formatter.withLocale(locale).withZone(ParisTime.ZONE).format(instant);
    }
}
