package org.parcours.web.logbook;

import jakarta.faces.context.FacesContext;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A month as a reader writes it in the page's language ("mars 2026", "March 2026"). */
final class Months {

    private Months() {
    }

    static String label(YearMonth month, Locale locale) {
        String text = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    static String label(YearMonth month) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return label(month, faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale());
    }
}
