package org.parcours.application.monitoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/** The texts of the monthly report and of its email, in French or English (MessageFormat syntax). */
final class ReportTexts {

    private static final String BUNDLE = "org.parcours.application.monitoring.reports";

    private ReportTexts() {
    }

    static BiFunction<String, Object[], String> in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return (key, arguments) -> {
            try {
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }
}
