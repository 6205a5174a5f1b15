package org.parcours.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.logbook.LogbookContent;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileType;
import org.parcours.infrastructure.richtext.OwaspHtmlSanitizer;

class LogbookPdfTest {

    private static final Map<String, String> LABELS = Map.of("LogbookSection.CHALLENGES", "Enjeux",
            "LogbookSection.PRACTICES", "Pratiques", "LogbookSection.ILLUSTRATIONS", "Illustrations");

    @Test
    void the_pdf_holds_the_title_the_sections_and_the_pictures() throws Exception {
        Cohort cohort = new Cohort("Cohorte pilote", CohortPeriod.nineMonthsFrom(LocalDate.of(2026, 2, 1)));
        LogbookIssue issue = LogbookIssue.draft(cohort, YearMonth.of(2026, 3), new LogbookContent("Carnet de mars",
                        "<h3>Temps collectifs</h3><ul><li>Atelier des besoins</li><li>Webinaire</li></ul>",
                        "<p><strong>Tiers-lieu</strong> à Redon, voir <a href=\"https://example.org/redon\">le site</a></p>",
                        "<ol><li>Guide méthode</li></ol><blockquote>Écouter avant de proposer</blockquote>"),
                new OwaspHtmlSanitizer(), "claire", Instant.now());
        issue.addPicture(new Attachment("stored", "photo.png", FileType.PNG, 100), "Les équipes en visite");
        byte[] png = png();

        byte[] pdf = LogbookPdf.write(issue, "mars 2026", p -> new ByteArrayInputStream(png), LABELS::get);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Carnet de mars", "Cohorte pilote", "mars 2026", "Enjeux", "Pratiques",
                "Illustrations", "Temps collectifs", "Atelier des besoins", "Tiers-lieu", "https://example.org/redon",
                "1.", "Guide méthode", "Écouter avant de proposer", "Les équipes en visite");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Carnet de mars");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
