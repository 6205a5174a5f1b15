package org.parcours.infrastructure.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwaspHtmlSanitizerTest {

    private final OwaspHtmlSanitizer sanitizer = new OwaspHtmlSanitizer();

    @Test
    void scripts_and_event_handlers_are_removed() {
        String clean = sanitizer.sanitize("<p onclick=\"steal()\">Bonjour<script>alert('x')</script></p>"
                + "<img src=x onerror=alert(1)><iframe src=\"https://evil.test\"></iframe><style>p{}</style>");
        assertThat(clean).isEqualTo("<p>Bonjour</p>");
    }

    @Test
    void formatting_from_the_editor_is_kept() {
        String clean = sanitizer.sanitize("<h2>Enjeux</h2><p><strong>Gras</strong> <em>italique</em> <u>souligné</u></p>"
                + "<ol><li>un</li></ol><ul><li>deux</li></ul><blockquote>cité</blockquote>");
        assertThat(clean).contains("<h2>Enjeux</h2>", "<strong>Gras</strong>", "<em>italique</em>", "<u>souligné</u>",
                "<ol><li>un</li></ol>", "<ul><li>deux</li></ul>", "<blockquote>cité</blockquote>");
    }

    @Test
    void only_web_and_mail_links_survive_and_never_reach_back_to_the_page() {
        assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript").doesNotContain("href");
        assertThat(sanitizer.sanitize("<a href=\"data:text/html,hi\">x</a>")).doesNotContain("data:");
        String link = sanitizer.sanitize("<a href=\"https://www.anct.gouv.fr\" target=\"_blank\">ANCT</a>");
        assertThat(link).contains("href=\"https://www.anct.gouv.fr\"").contains("noopener").contains("noreferrer")
                .doesNotContain("target");
    }

    @Test
    void styles_and_classes_are_dropped_but_text_is_kept() {
        assertThat(sanitizer.sanitize("<p class=\"ql-align-center\" style=\"color:red\">Texte &amp; suite</p>"))
                .isEqualTo("<p>Texte &amp; suite</p>");
        assertThat(sanitizer.sanitize(null)).isEmpty();
    }
}
