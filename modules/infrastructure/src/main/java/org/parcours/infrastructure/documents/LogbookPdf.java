package org.parcours.infrastructure.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.owasp.html.HtmlStreamEventReceiver;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookPicture;
import org.parcours.domain.logbook.LogbookSection;
import org.parcours.infrastructure.richtext.OwaspHtmlSanitizer;

/**
 * A logbook issue as a PDF: its title, cohort and month, its three sections with their formatting
 * (headings, paragraphs, lists, emphasis, links written out) and its pictures with their captions.
 */
public final class LogbookPdf {

    /** Opens a picture's stored file. */
    public interface Pictures {
        InputStream open(LogbookPicture picture) throws IOException;
    }

    private LogbookPdf() {
    }

    /**
     * @param label translates a message key (section names...) into the reader's language
     * @param month the month as the reader writes it ("mars 2026")
     */
    public static byte[] write(LogbookIssue issue, String month, Pictures pictures, Function<String, String> label) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(issue.getTitle());
        document.open();
        try {
            document.add(new Paragraph(issue.getTitle(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18)));
            document.add(new Paragraph(issue.getCohort().getName() + " · " + month,
                    FontFactory.getFont(FontFactory.HELVETICA, 11)));
            for (LogbookSection section : LogbookSection.values()) {
                Paragraph heading = new Paragraph(label.apply("LogbookSection." + section.name()),
                        FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15));
                heading.setSpacingBefore(14);
                document.add(heading);
                HtmlWriter writer = new HtmlWriter();
                OwaspHtmlSanitizer.read(issue.section(section), writer);
                for (Element element : writer.elements) {
                    document.add(element);
                }
            }
            for (LogbookPicture picture : issue.getPictures()) {
                addPicture(document, picture, pictures);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The logbook's PDF could not be written", e);
        }
        document.close();
        return bytes.toByteArray();
    }

    private static void addPicture(Document document, LogbookPicture picture, Pictures pictures) {
        try (InputStream in = pictures.open(picture)) {
            Image image = Image.getInstance(in.readAllBytes());
            image.scaleToFit(PageSize.A4.getWidth() - 96, 320);
            image.setAlt(picture.getAlternative());
            image.setSpacingBefore(12);
            document.add(image);
            document.add(new Paragraph(picture.getAlternative(), FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns the stream of clean tags and text into paragraphs, keeping emphasis, list marks and links. */
    static final class HtmlWriter implements HtmlStreamEventReceiver {

        final List<Element> elements = new java.util.ArrayList<>();
        private final Deque<String> open = new ArrayDeque<>();
        private final Deque<Integer> listCounters = new ArrayDeque<>();
        private Paragraph current;
        private String href;

        @Override
        public void openDocument() {
            // nothing before the first tag
        }

        @Override
        public void closeDocument() {
            finishParagraph();
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            switch (name) {
                case "br" -> {
                    paragraph().add(Chunk.NEWLINE);
                    return;
                }
                case "p", "h2", "h3", "h4", "blockquote" -> startParagraph(name);
                case "ul" -> listCounters.push(-1);
                case "ol" -> listCounters.push(0);
                case "li" -> {
                    startParagraph(name);
                    int counter = listCounters.isEmpty() ? -1 : listCounters.pop();
                    String mark = counter < 0 ? "•  " : (counter + 1) + ".  ";
                    listCounters.push(counter < 0 ? -1 : counter + 1);
                    current.setIndentationLeft(14f * Math.max(1, listCounters.size()));
                    current.add(new Chunk(mark, font()));
                }
                case "a" -> href = attribute(attributes, "href");
                default -> {
                    // emphasis: remembered below
                }
            }
            open.push(name);
        }

        @Override
        public void closeTag(String name) {
            open.remove(name);
            switch (name) {
                case "p", "h2", "h3", "h4", "blockquote", "li" -> finishParagraph();
                case "ul", "ol" -> {
                    if (!listCounters.isEmpty()) {
                        listCounters.pop();
                    }
                }
                case "a" -> {
                    if (href != null) {
                        paragraph().add(new Chunk(" <" + href + ">", FontFactory.getFont(FontFactory.HELVETICA, 9)));
                    }
                    href = null;
                }
                default -> {
                    // nothing to finish
                }
            }
        }

        @Override
        public void text(String text) {
            if (current == null && text.isBlank()) {
                return;
            }
            paragraph().add(new Chunk(text, font()));
        }

        private Paragraph paragraph() {
            if (current == null) {
                startParagraph("p");
            }
            return current;
        }

        private void startParagraph(String name) {
            finishParagraph();
            current = new Paragraph();
            current.setSpacingBefore(name.startsWith("h") ? 8 : 4);
            if (name.equals("blockquote")) {
                current.setIndentationLeft(20);
            }
        }

        private void finishParagraph() {
            if (current != null && !current.isEmpty()) {
                elements.add(current);
            }
            current = null;
        }

        private Font font() {
            boolean heading = open.contains("h2") || open.contains("h3") || open.contains("h4");
            boolean bold = heading || open.contains("strong") || open.contains("b");
            boolean italic = open.contains("em") || open.contains("i") || open.contains("blockquote");
            int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0)
                    | (open.contains("u") || open.contains("a") ? Font.UNDERLINE : 0)
                    | (open.contains("s") ? Font.STRIKETHRU : 0);
            float size = open.contains("h2") ? 14 : open.contains("h3") ? 12.5f : open.contains("h4") ? 11.5f : 10.5f;
            return FontFactory.getFont(FontFactory.HELVETICA, size, style);
        }

        private static String attribute(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals(name)) {
                    return attributes.get(i + 1);
                }
            }
            return null;
        }
    }
}
