package org.parcours.application.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parcours.domain.schedule.Outbox;
import org.parcours.domain.schedule.ParisTime;

/**
 * Emails the person a cancellation promoted from the waiting list, after the change committed (a
 * rolled-back cancellation promotes nobody). In French then English, like the schedule's notices.
 */
@ApplicationScoped
public class PromotionNotices {

    private static final String BUNDLE = "org.parcours.application.notices.notices";

    @Inject
    Outbox outbox;

    void onPromotion(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlacePromoted promoted) {
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String subject = fr.getString("promoted.subject").formatted(promoted.practice())
                + " / " + en.getString("promoted.subject").formatted(promoted.practice());
        String text = body(fr, promoted, Locale.FRENCH) + "\n\n---\n\n" + body(en, promoted, Locale.ENGLISH);
        outbox.send(List.of(promoted.to()), subject, text);
    }

    private static String body(ResourceBundle bundle, PlacePromoted promoted, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(ParisTime.ZONE);
        return bundle.getString("promoted.body").formatted(promoted.practice(), promoted.host(),
                when.format(promoted.startsAt()));
    }
}
