package org.parcours.infrastructure.richtext;

import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;
import org.parcours.domain.logbook.HtmlSanitizer;

/**
 * An allow-list of formatting: paragraphs, headings (h2-h4), emphasis, lists, quotes and links to
 * http(s) or mailto addresses (opened without giving the page access to Parcours). Everything else,
 * scripts, event handlers, styles, classes, frames, forms, images and data: addresses, is dropped.
 */
@ApplicationScoped
public class OwaspHtmlSanitizer implements HtmlSanitizer {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "h2", "h3", "h4", "ul", "ol", "li", "blockquote")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    @Override
    public String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** Reads clean HTML as a stream of tags and text (entities decoded), with the same allow-list. */
    public static void read(String html, HtmlStreamEventReceiver receiver) {
        org.owasp.html.HtmlSanitizer.sanitize(html == null ? "" : html, POLICY.apply(receiver));
    }
}
