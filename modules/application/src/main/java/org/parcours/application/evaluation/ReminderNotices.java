package org.parcours.application.evaluation;

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

/** Emails the questionnaire's reminder after the transaction that chose its recipients committed; French then English. */
@ApplicationScoped
public class ReminderNotices {

    private static final String BUNDLE = "org.parcours.application.notices.notices";

    @Inject
    Outbox outbox;

    void onReminder(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackReminder reminder) {
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String subject = fr.getString("feedbackReminder.subject").formatted(reminder.title())
                + " / " + en.getString("feedbackReminder.subject").formatted(reminder.title());
        String text = body(fr, reminder, Locale.FRENCH) + "\n\n---\n\n" + body(en, reminder, Locale.ENGLISH);
        outbox.send(reminder.to(), subject, text);
    }

    private static String body(ResourceBundle bundle, FeedbackReminder reminder, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(ParisTime.ZONE);
        return bundle.getString("feedbackReminder.body").formatted(reminder.title(), when.format(reminder.startsAt()),
                when.format(reminder.closesAt()));
    }
}
