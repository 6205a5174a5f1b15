package org.parcours.web.codev;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.parcours.domain.schedule.ParisTime;

/**
 * Shows instants in Paris time in the page's language ({@code #{when.dateTime(s.startsAt)}}): the
 * Faces date converter of this server knows no {@code Instant}.
 */
@Named
@RequestScoped
public class When {

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
    }

    public String day(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
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
