package org.parcours.application.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.domain.schedule.Outbox;

/**
 * Emails the cohort's team members and partners that an issue is published, after the publication
 * committed (a refused or rolled-back publication sends nothing), in French then English, with the
 * address where to read it.
 */
@ApplicationScoped
public class LogbookNotices {

    private static final String BUNDLE = "org.parcours.application.notices.notices";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "parcours.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void onPublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) LogbookPublished published) {
        if (published.to().isEmpty()) {
            return;
        }
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String link = baseUrl.replaceAll("/+$", "") + "/logbook/issue.xhtml?id=" + published.issueId();
        String subject = fr.getString("logbook.subject").formatted(published.title())
                + " / " + en.getString("logbook.subject").formatted(published.title());
        String text = fr.getString("logbook.body").formatted(published.title(), published.cohort(), link)
                + "\n\n---\n\n" + en.getString("logbook.body").formatted(published.title(), published.cohort(), link);
        outbox.send(published.to(), subject, text);
    }
}
