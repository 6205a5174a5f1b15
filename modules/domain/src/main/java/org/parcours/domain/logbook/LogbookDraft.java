package org.parcours.domain.logbook;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes the first draft of an issue from the month's facts: the sessions held and the month to come
 * in the challenges, visits and shared co-development learnings in the practices, new resources in the
 * illustrations. Every fact is escaped: the draft is HTML the facilitators then edit.
 */
public final class LogbookDraft {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private LogbookDraft() {
    }

    /**
     * @param phrases the fixed sentences of the draft by key (headings, "nothing this month"...), in the
     *                language of the publication; "title" receives the month as {@code %s}
     */
    public static LogbookContent compose(MonthFacts facts, Function<String, String> phrases) {
        String title = phrases.apply("title").formatted(facts.month().format(MONTH));
        StringBuilder challenges = new StringBuilder();
        heading(challenges, phrases.apply("sessions"));
        list(challenges, facts.sessions().stream().map(LogbookDraft::held).toList(), phrases.apply("sessions.none"));
        heading(challenges, phrases.apply("upcoming"));
        list(challenges, facts.upcoming().stream().map(LogbookDraft::held).toList(), phrases.apply("upcoming.none"));

        StringBuilder practices = new StringBuilder();
        heading(practices, phrases.apply("visits"));
        list(practices, facts.visits().stream().map(v -> "<strong>" + escape(v.practice()) + "</strong> ("
                + escape(v.host()) + ") : " + escape(v.visitorTerritory()) + " — " + escape(v.learnt())
                + (blank(v.willTry()) ? "" : " " + escape(phrases.apply("visits.willTry")) + " " + escape(v.willTry())))
                .toList(), phrases.apply("visits.none"));
        heading(practices, phrases.apply("codev"));
        list(practices, facts.codevLearnings().stream().map(LogbookDraft::escape).toList(), phrases.apply("codev.none"));

        StringBuilder illustrations = new StringBuilder();
        heading(illustrations, phrases.apply("resources"));
        list(illustrations, facts.resources().stream()
                .map(r -> "<strong>" + escape(r.title()) + "</strong> (" + escape(r.nature()) + ")").toList(),
                phrases.apply("resources.none"));
        return new LogbookContent(title, challenges.toString(), practices.toString(), illustrations.toString());
    }

    private static String held(MonthFacts.Held s) {
        return escape(s.day().format(DAY)) + " · <strong>" + escape(s.title()) + "</strong> (" + escape(s.kind()) + ")";
    }

    private static void heading(StringBuilder html, String text) {
        html.append("<h3>").append(escape(text)).append("</h3>");
    }

    private static void list(StringBuilder html, List<String> items, String none) {
        if (items.isEmpty()) {
            html.append("<p>").append(escape(none)).append("</p>");
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(item).append("</li>"));
        html.append("</ul>");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
