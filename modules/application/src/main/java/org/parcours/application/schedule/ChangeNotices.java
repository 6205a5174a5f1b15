package org.parcours.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parcours.domain.schedule.Outbox;
import org.parcours.domain.schedule.ParisTime;

/**
 * Emails everyone concerned when a session moves or is cancelled, after the change committed (a
 * refused change sends nothing). Recipients' languages are unknown, so the notice is in French then
 * English.
 */
@ApplicationScoped
public class ChangeNotices {

    private static final String BUNDLE = "org.parcours.application.notices.notices";

    @Inject
    Outbox outbox;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChanged change) {
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String key = change.cancelled() ? "cancelled" : "moved";
        String subject = fr.getString(key + ".subject").formatted(change.title())
                + " / " + en.getString(key + ".subject").formatted(change.title());
        String text = body(fr, key, change, Locale.FRENCH) + "\n\n---\n\n" + body(en, key, change, Locale.ENGLISH);
        outbox.send(change.recipients(), subject, text);
    }

    private static String body(ResourceBundle bundle, String key, SessionChanged change, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(ParisTime.ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ParisTime.ZONE);
        return bundle.getString(key + ".body").formatted(change.title(), when.format(change.previousStart()),
                when.format(change.start()), time.format(change.end()));
    }
}
