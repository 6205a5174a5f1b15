package org.parcours.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.schedule.Outbox;
import org.parcours.domain.schedule.ParisTime;

/**
 * Writes the exchange space's emails (French then English, like the other notices), each ending with
 * the person's one-click unsubscribe link, and sends them after the post committed.
 */
@ApplicationScoped
public class ExchangeNotices {

    private static final String BUNDLE = "org.parcours.application.notices.notices";
    private static final int EXCERPT = 500;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "parcours.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExchangeMail mail) {
        send(mail);
    }

    /** Sends now (the digest job, which writes nothing, has no commit to wait for). */
    public void send(ExchangeMail mail) {
        for (ExchangeMail.Message message : mail.messages()) {
            outbox.send(List.of(message.to()), message.subject(), message.text());
        }
    }

    /** "kind" is "reply" or "mention". */
    public ExchangeMail.Message about(String kind, Post post, MailPreference to) {
        DiscussionThread thread = post.getThread();
        String subject = bundle(Locale.FRENCH).getString("exchange." + kind + ".subject").formatted(thread.getTitle())
                + " / " + bundle(Locale.ENGLISH).getString("exchange." + kind + ".subject").formatted(thread.getTitle());
        String text = body(kind, post, Locale.FRENCH) + "\n\n---\n\n" + body(kind, post, Locale.ENGLISH)
                + footer(to);
        return new ExchangeMail.Message(to.getPerson().getEmail(), subject, text);
    }

    public ExchangeMail.Message digest(String day, List<Post> posts, MailPreference to) {
        StringBuilder text = new StringBuilder();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ResourceBundle bundle = bundle(locale);
            text.append(bundle.getString("exchange.digest.intro").formatted(day)).append("\n\n");
            for (Post post : posts) {
                text.append(bundle.getString("exchange.digest.item").formatted(post.getThread().getTitle(),
                        post.getAuthor().getDisplayName(), when(post.getPostedAt(), locale), excerpt(post.getBody()),
                        threadLink(post.getThread()))).append("\n\n");
            }
            if (locale == Locale.FRENCH) {
                text.append("---\n\n");
            }
        }
        text.append(footer(to));
        String subject = bundle(Locale.FRENCH).getString("exchange.digest.subject").formatted(day) + " / "
                + bundle(Locale.ENGLISH).getString("exchange.digest.subject").formatted(day);
        return new ExchangeMail.Message(to.getPerson().getEmail(), subject, text.toString());
    }

    private String body(String kind, Post post, Locale locale) {
        return bundle(locale).getString("exchange." + kind + ".body").formatted(post.getAuthor().getDisplayName(),
                post.getThread().getTitle(), when(post.getPostedAt(), locale), excerpt(post.getBody()),
                threadLink(post.getThread()));
    }

    private String footer(MailPreference to) {
        String link = baseUrl + "/exchange/unsubscribe?token=" + to.getUnsubscribeToken();
        return "\n\n-- \n" + bundle(Locale.FRENCH).getString("exchange.unsubscribe").formatted(link) + "\n"
                + bundle(Locale.ENGLISH).getString("exchange.unsubscribe").formatted(link);
    }

    private String threadLink(DiscussionThread thread) {
        return baseUrl + "/exchange/thread.xhtml?id=" + thread.getId();
    }

    private static String excerpt(String body) {
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
    }

    private static String when(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ParisTime.ZONE).format(instant);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
