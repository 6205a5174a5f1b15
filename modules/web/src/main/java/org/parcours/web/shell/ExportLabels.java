package org.parcours.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of exported files (table headers, PDF titles) in the language the download asks for:
 * {@code lang=en} for English, French otherwise, as every export link of the pages sends it.
 */
public final class ExportLabels {

    private ExportLabels() {
    }

    /** The language a download asks for. */
    public static Locale localeOf(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The bundle's texts in a language; a missing key stands for itself. */
    public static Function<String, String> in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.parcours.web.i18n.messages", locale);
        return key -> {
            try {
                return new MessageFormat(bundle.getString(key), locale).format(new Object[0]);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }
}
