package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/**
 * The monthly logbook against the real server and database: the draft written from a month's known
 * facts (and nothing said in a co-development group), rich text cleaned, concurrent edits, pictures,
 * publication and its emails (GreenMail on loopback), who reads what, and the PDF read back.
 */
class LogbookIT extends ParcoursIT {

    @Test
    void the_draft_tells_the_month_from_its_facts_and_never_what_a_codev_group_said() throws Exception {
        long cohort = LogbookFixture.cohort();
        long id;
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            HtmlPage edit = draft(claire, cohort, "2025-03");
            id = idOf(edit);
            assertThat(edit.asNormalizedText()).contains("Brouillon du numéro de Mars 2025 rédigé");
        }
        String all = String.join("\n", column(id, "title"), column(id, "challenges"), column(id, "practices"),
                column(id, "illustrations"));
        assertThat(column(id, "title")).isEqualTo("Carnet de bord — mars 2025");
        assertThat(column(id, "challenges")).contains(LogbookFixture.WORKSHOP, "atelier collectif", "12 mars",
                "Le mois prochain", "Webinaire d&#39;avril du carnet").doesNotContain(LogbookFixture.CANCELLED);
        assertThat(column(id, "practices")).contains(LogbookFixture.PRACTICE, "Un comité d&#39;usagers qui décide",
                "Le proposer chez nous", LogbookFixture.SHAREABLE.replace("'", "&#39;"));
        assertThat(column(id, "illustrations")).contains(LogbookFixture.RESOURCE, "méthode");
        for (String secret : LogbookFixture.CONFIDENTIAL) {
            assertThat(all).as("confidential co-development content").doesNotContain(secret);
        }
        assertThat(all).doesNotContain("Ordre du jour");
        // A month has one issue: it is no longer offered for drafting.
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            HtmlPage archive = claire.open("logbook/index.xhtml?cohort=" + cohort);
            assertThat(((HtmlSelect) archive.getElementById("draftForm:month")).getOptions())
                    .as("a month with an issue is not offered").extracting(o -> o.getValueAttribute())
                    .contains("2025-04").doesNotContain("2025-03");
        }
    }

    @Test
    void rich_text_is_cleaned_and_a_concurrent_edit_is_refused_with_a_way_to_reload() throws Exception {
        long cohort = LogbookFixture.cohort();
        try (Browser first = Personas.FACILITATOR.browser(base); Browser second = Personas.FACILITATOR.browser(base)) {
            HtmlPage edit = draft(first, cohort, "2025-05");
            long id = idOf(edit);
            HtmlPage other = second.open("logbook/edit.xhtml?id=" + id);
            ((HtmlInput) edit.getElementByName("form:practices_input")).setValue("<p onclick=\"steal()\">Visite <strong>"
                    + "réussie</strong></p><script>alert('x')</script><img src=x onerror=alert(1)>"
                    + "<a href=\"javascript:alert(2)\">lien</a>");
            Browser.type(edit, "form:title", "Carnet de mai relu");
            HtmlPage saved = Browser.click(edit, "form:save");
            assertThat(saved.asNormalizedText()).contains("Carnet de bord enregistré.");
            String practices = column(id, "practices");
            assertThat(practices).contains("Visite <strong>réussie</strong>").doesNotContain("script")
                    .doesNotContain("alert").doesNotContain("onclick").doesNotContain("onerror").doesNotContain("<img")
                    .doesNotContain("javascript");
            HtmlPage view = first.open("logbook/issue.xhtml?id=" + id);
            assertThat(view.getElementById("text-PRACTICES").asXml()).contains("<strong>").doesNotContain("script");

            Browser.type(other, "form:title", "Carnet de mai écrasé");
            HtmlPage refused = Browser.click(other, "form:save");
            assertThat(refused.asNormalizedText()).contains("Quelqu'un d'autre a enregistré ces informations");
            assertThat(refused.getElementById("form:reload")).as("a link to reload the saved version").isNotNull();
            assertThat(column(id, "title")).isEqualTo("Carnet de mai relu");
            HtmlPage reloaded = ((org.htmlunit.html.HtmlAnchor) refused.getElementById("form:reload")).click();
            assertThat(((HtmlInput) reloaded.getElementById("form:title")).getValue()).isEqualTo("Carnet de mai relu");
        }
    }

    @Test
    void pictures_are_checked_and_served_with_safe_headers_to_readers_only() throws Exception {
        long cohort = LogbookFixture.cohort();
        long id;
        byte[] png = png();
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            id = idOf(draft(claire, cohort, "2025-06"));
            HtmlPage refused = addPicture(claire, id, "photo.png", "ceci n'est pas une image".getBytes(StandardCharsets.UTF_8),
                    "Une photo");
            assertThat(refused.asNormalizedText()).contains("ne correspond pas");
            HtmlPage pdf = addPicture(claire, id, "photo.pdf", "%PDF-1.4 faux".getBytes(StandardCharsets.UTF_8), "Un PDF");
            assertThat(pdf.asNormalizedText()).contains("Seules les images PNG ou JPEG sont acceptées.");
            HtmlPage noText = addPicture(claire, id, "photo.png", png, " ");
            assertThat(noText.asNormalizedText()).contains("obligatoire");
            HtmlPage added = addPicture(claire, id, "photo.png", png, "Les équipes en visite à la halle");
            assertThat(added.asNormalizedText()).contains("Image ajoutée.");
        }
        long picture = TestData.id("select id from logbook_picture where issue_id = ?", id);
        assertThat(TestData.id("select count(*) from logbook_picture where issue_id = ?", id)).isEqualTo(1);
        HttpResponse<byte[]> served = Http.getAs(base, "files/logbook-picture?id=" + picture, "claire");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        // A draft's picture: only the cohort's facilitators.
        assertThat(Http.getAs(base, "files/logbook-picture?id=" + picture, "paul").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "files/logbook-picture?id=" + picture, "anne").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "files/logbook-picture?id=" + picture, "marc").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "files/logbook-picture?id=999999", "claire").statusCode()).isEqualTo(404);
        assertThat(Http.getAs(base, "files/logbook-picture?id=x", "claire").statusCode()).isEqualTo(400);
    }

    @Test
    void publishing_emails_the_teams_and_partners_after_commit_and_archives_the_issue() throws Exception {
        long cohort = LogbookFixture.cohort();
        String title = "Carnet publié " + System.nanoTime();
        int before = TestMail.received().size();
        long id;
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            HtmlPage edit = draft(claire, cohort, "2025-07");
            id = idOf(edit);
            // An issue that says nothing is not published, and nothing is sent.
            for (String section : List.of("challenges", "practices", "illustrations")) {
                ((HtmlInput) edit.getElementByName("form:" + section + "_input")).setValue("<p><br></p>");
            }
            HtmlPage empty = Browser.click(edit, "form:publish");
            assertThat(empty.asNormalizedText()).contains("Écrivez au moins une section avant de publier.");
            assertThat(column(id, "status")).isEqualTo("DRAFT");

            HtmlPage again = claire.open("logbook/edit.xhtml?id=" + id);
            Browser.type(again, "form:title", title);
            HtmlPage published = Browser.click(again, "form:publish");
            assertThat(published.getUrl().getPath()).endsWith("logbook/issue.xhtml");
            assertThat(published.asNormalizedText()).contains("Numéro publié", title);
            // Archived: it no longer opens in the editor.
            assertThat(claire.open("logbook/edit.xhtml?id=" + id).getWebResponse().getStatusCode()).isEqualTo(403);
        }
        assertThat(column(id, "status")).isEqualTo("PUBLISHED");
        assertThat(column(id, "title")).isEqualTo(title);

        Set<String> expected = new HashSet<>(strings("select m.email from member m join cohort_territory ct"
                + " on ct.territory_id = m.territory_id where ct.cohort_id = ?", cohort));
        expected.add("paul.lefevre@partenaire.demo.test");
        assertThat(TestMail.awaitMessages(before + expected.size())).as("one email per reader").isTrue();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : TestMail.received()) {
            if (message.getSubject().contains(title)) {
                for (var address : message.getRecipients(Message.RecipientType.TO)) {
                    recipients.add(address.toString());
                }
                assertThat(message.getSubject()).contains("Carnet de bord publié", "Logbook published");
                assertThat(message.getContent().toString()).contains("logbook/issue.xhtml?id=" + id,
                        "Cohorte du carnet de bord 2025", "est publié", "is published");
            }
        }
        assertThat(recipients).isEqualTo(expected).doesNotContain("marc.dubois@lens.demo.test");

        try (Browser anne = Personas.TERRITORY_A.browser(base)) {
            HtmlPage archive = anne.open("logbook/index.xhtml?cohort=" + cohort);
            assertThat(archive.asNormalizedText()).contains(title);
            assertThat(archive.getElementById("draftForm")).as("no drafting for territory members").isNull();
        }
    }

    @Test
    void members_and_partners_read_published_issues_only_facilitators_read_drafts() throws Exception {
        long cohort = LogbookFixture.cohort();
        long draft;
        long published;
        String title = "Carnet d'août " + System.nanoTime();
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            draft = idOf(draft(claire, cohort, "2025-09"));
            HtmlPage edit = draft(claire, cohort, "2025-08");
            published = idOf(edit);
            Browser.type(edit, "form:title", title);
            Browser.click(edit, "form:publish");
        }
        assertThat(column(published, "status")).isEqualTo("PUBLISHED");
        for (String reader : List.of("claire", "paul", "anne", "admin")) {
            assertThat(Http.getAs(base, "logbook/issue.xhtml?id=" + published, reader).statusCode()).as(reader).isEqualTo(200);
        }
        assertThat(Http.getAs(base, "logbook/issue.xhtml?id=" + draft, "claire").statusCode()).isEqualTo(200);
        for (String refused : List.of("paul", "anne", "admin", "marc")) {
            assertThat(Http.getAs(base, "logbook/issue.xhtml?id=" + draft, refused).statusCode()).as(refused).isEqualTo(403);
            assertThat(Http.getAs(base, "logbook/edit.xhtml?id=" + draft, refused).statusCode()).as(refused).isEqualTo(403);
            assertThat(Http.getAs(base, "files/logbook.pdf?id=" + draft, refused).statusCode()).as(refused).isEqualTo(403);
        }
        // Ville de Lens does not take part in this cohort: nothing of its logbook.
        assertThat(Http.getAs(base, "logbook/index.xhtml?cohort=" + cohort, "marc").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "logbook/issue.xhtml?id=" + published, "marc").statusCode()).isEqualTo(403);
        assertThat(Http.getAs(base, "files/logbook.pdf?id=" + published, "marc").statusCode()).isEqualTo(403);
        // The partner's archive lists the published issue, not the draft.
        try (Browser paul = Personas.PARTNER.browser(base)) {
            String archive = paul.open("logbook/index.xhtml?cohort=" + cohort).asNormalizedText();
            assertThat(archive).contains(title).doesNotContain("Carnet de bord — septembre 2025");
        }
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            assertThat(claire.open("logbook/index.xhtml?cohort=" + cohort).asNormalizedText())
                    .contains(title, "Carnet de bord — septembre 2025", "Brouillon");
        }
        assertThat(Http.getAs(base, "logbook/issue.xhtml?id=999999", "claire").statusCode()).isEqualTo(404);
    }

    @Test
    void the_pdf_reads_back_with_the_issue_text() throws Exception {
        long issue = TestData.logbook();
        HttpResponse<byte[]> pdf = Http.getAs(base, "files/logbook.pdf?id=" + issue + "&lang=en", "anne");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Carnet de bord", "Challenges", "Practices", "Illustrations",
                "L'embarquement", "les modèles socio-économiques hybrides", "(démo)");
        assertThat(Http.getAs(base, "files/logbook.pdf?id=" + issue, "paul").statusCode()).isEqualTo(200);
    }

    /** Drafts the month's issue from the cohort's archive page and returns the editor it leads to. */
    private static HtmlPage draft(Browser browser, long cohort, String month) throws Exception {
        HtmlPage archive = browser.open("logbook/index.xhtml?cohort=" + cohort);
        assertThat(archive.getWebResponse().getStatusCode()).isEqualTo(200);
        ((HtmlSelect) archive.getElementById("draftForm:month")).setSelectedAttribute(month, true);
        HtmlPage edit = Browser.click(archive, "draftForm:generate");
        assertThat(edit.getUrl().getPath()).as(edit.asNormalizedText()).endsWith("logbook/edit.xhtml");
        return edit;
    }

    private HtmlPage addPicture(Browser browser, long id, String name, byte[] content, String alternative)
            throws Exception {
        HtmlPage edit = browser.open("logbook/edit.xhtml?id=" + id);
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "logbook-" + System.nanoTime()));
        Path file = Files.write(dir.resolve(name), content);
        ((HtmlFileInput) edit.getElementById("pictures:picture")).setFiles(file.toFile());
        Browser.type(edit, "pictures:alternative", alternative);
        return Browser.click(edit, "pictures:addPicture");
    }

    private static long idOf(HtmlPage page) {
        return Long.parseLong(page.getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private static String column(long issue, String column) throws Exception {
        return strings("select " + column + " from logbook_issue where id = ?", issue).get(0);
    }

    private static List<String> strings(String sql, Object parameter) throws Exception {
        try (Connection db = TestData.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
