package org.parcours.domain.logbook;

/**
 * Cleans rich text typed in a browser so that it can be shown to others: only harmless formatting
 * (paragraphs, headings, emphasis, lists, quotes, http(s) and mailto links) is kept; scripts, event
 * handlers, styles, frames and images are removed.
 */
public interface HtmlSanitizer {

    /** The cleaned HTML ({@code ""} for null). */
    String sanitize(String html);
}
