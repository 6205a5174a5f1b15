package org.parcours.infrastructure.monitoring;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.Highlight;
import org.parcours.domain.monitoring.MonthlyReport;

/**
 * The monthly progress report of a cohort as a PDF (OpenPDF): the cohort's figures, the highlights, a
 * bar chart of each territory's attendance (drawn as vector graphics, no image library needed) and
 * the territories' table, then how the figures are computed.
 */
public final class MonthlyReportPdf {

    private static final int CHART_MAX_BARS = 40;

    private MonthlyReportPdf() {
    }

    /**
     * @param text translates a message key with its arguments into the reader's language
     */
    public static byte[] render(MonthlyReport report, BiFunction<String, Object[], String> text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.addTitle(text.apply("report.title", new Object[] {report.getCohort().getCohortName(),
            report.getMonth().toString()}));
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font small = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        Figures c = report.getCohort();
        document.add(new Paragraph(text.apply("report.title", new Object[] {c.getCohortName(),
            report.getMonth().toString()}), title));
        document.add(new Paragraph(text.apply("report.period", new Object[] {report.getMonth().atDay(1).toString(),
            report.getMonth().atEndOfMonth().toString()}), normal));
        document.add(new Paragraph(" "));

        document.add(new Paragraph(text.apply("report.figures", new Object[0]), heading));
        PdfPTable summary = new PdfPTable(2);
        summary.setWidthPercentage(70);
        summary.setHorizontalAlignment(Element.ALIGN_LEFT);
        row(summary, text.apply("monitoring.col.attendance", new Object[0]), rate(c.getAttendanceRate())
                + " (" + c.getSessionsAttended() + "/" + c.getSessionsExpected() + ")", normal);
        row(summary, text.apply("monitoring.col.work", new Object[0]), (c.getWorkOnTime() + c.getWorkLate()) + "/"
                + c.getWorkDue() + " · " + text.apply("monitoring.col.workLate", new Object[0]) + " " + c.getWorkLate()
                + " · " + text.apply("monitoring.col.workMissing", new Object[0]) + " " + c.getWorkMissing(), normal);
        row(summary, text.apply("monitoring.col.codev", new Object[0]), c.getCodevHeld() + " · "
                + text.apply("monitoring.col.clientTurns", new Object[0]) + " " + c.getClientTurns(), normal);
        row(summary, text.apply("monitoring.col.commitments", new Object[0]), c.getCommitmentsKept() + "/"
                + c.getCommitmentsDue() + " · " + text.apply("monitoring.col.overdue", new Object[0]) + " "
                + c.getCommitmentsOverdue(), normal);
        row(summary, text.apply("monitoring.col.visits", new Object[0]), c.getVisitsHosted() + " / " + c.getVisitsMade(), normal);
        row(summary, text.apply("monitoring.col.resources", new Object[0]), String.valueOf(c.getResourcesRead()), normal);
        document.add(summary);

        document.add(new Paragraph(" "));
        document.add(new Paragraph(text.apply("report.highlights", new Object[0]), heading));
        for (Highlight h : report.getHighlights()) {
            document.add(new Paragraph("• " + text.apply(h.key(), h.arguments().toArray()), normal));
        }

        if (!report.getTerritories().isEmpty()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(text.apply("report.chart", new Object[0]), heading));
            document.add(chart(writer, report.getTerritories()));
        }

        document.add(new Paragraph(" "));
        document.add(new Paragraph(text.apply("report.territories", new Object[0]), heading));
        List<String> columns = List.of("monitoring.col.territory", "monitoring.col.attendance", "monitoring.col.work",
                "monitoring.col.codev", "monitoring.col.commitments", "monitoring.col.visits", "monitoring.col.resources",
                "monitoring.col.status");
        PdfPTable table = new PdfPTable(new float[] {24, 12, 11, 12, 12, 11, 9, 10});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : columns) {
            table.addCell(new PdfPCell(new Phrase(text.apply(key, new Object[0]), small)));
        }
        for (Figures t : report.getTerritories()) {
            table.addCell(new Phrase(t.getTerritoryName(), normal));
            table.addCell(new Phrase(rate(t.getAttendanceRate()) + " (" + t.getSessionsAttended() + "/"
                    + t.getSessionsExpected() + ")", normal));
            table.addCell(new Phrase((t.getWorkOnTime() + t.getWorkLate()) + "/" + t.getWorkDue(), normal));
            table.addCell(new Phrase(String.valueOf(t.getCodevHeld()), normal));
            table.addCell(new Phrase(t.getCommitmentsKept() + "/" + t.getCommitmentsDue(), normal));
            table.addCell(new Phrase(t.getVisitsHosted() + " / " + t.getVisitsMade(), normal));
            table.addCell(new Phrase(String.valueOf(t.getResourcesRead()), normal));
            table.addCell(new Phrase(text.apply("PathStatus." + t.getStatus(), new Object[0]), normal));
        }
        document.add(table);

        document.add(new Paragraph(" "));
        document.add(new Paragraph(text.apply("monitoring.how.title", new Object[0]), heading));
        document.add(new Paragraph(text.apply("monitoring.how.text", new Object[0]), normal));
        document.close();
        return bytes.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(new Phrase(label, font));
        table.addCell(new Phrase(value, font));
    }

    private static String rate(Integer rate) {
        return rate == null ? "–" : rate + " %";
    }

    /** Horizontal bars: one per territory (the first {@value #CHART_MAX_BARS}), length = attendance rate. */
    private static Image chart(PdfWriter writer, List<Figures> territories) {
        List<Figures> shown = territories.subList(0, Math.min(CHART_MAX_BARS, territories.size()));
        float barHeight = 11;
        float labelWidth = 170;
        float barWidth = 300;
        float height = shown.size() * (barHeight + 4) + 16;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(labelWidth + barWidth + 50, height);
        BaseFont font;
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float y = height - barHeight - 2;
        for (Figures t : shown) {
            int rate = t.getAttendanceRate() == null ? 0 : t.getAttendanceRate();
            template.setColorFill(new Color(0x1f, 0x5f, 0x8b));
            template.rectangle(labelWidth, y, barWidth * rate / 100f, barHeight);
            template.fill();
            template.setColorStroke(new Color(0xbb, 0xbb, 0xbb));
            template.rectangle(labelWidth, y, barWidth, barHeight);
            template.stroke();
            template.beginText();
            template.setColorFill(Color.BLACK);
            template.setFontAndSize(font, 8);
            String name = t.getTerritoryName().length() > 38 ? t.getTerritoryName().substring(0, 37) + "…"
                    : t.getTerritoryName();
            template.setTextMatrix(0, y + 2);
            template.showText(name);
            template.setTextMatrix(labelWidth + barWidth + 6, y + 2);
            template.showText(t.getAttendanceRate() == null ? "–" : rate + " %");
            template.endText();
            y -= barHeight + 4;
        }
        // axis ticks: 0, 50, 100 %
        template.beginText();
        template.setFontAndSize(font, 7);
        for (int tick : new int[] {0, 50, 100}) {
            template.setTextMatrix(labelWidth + barWidth * tick / 100f - 4, 2);
            template.showText(tick + " %");
        }
        template.endText();
        try {
            Image image = Image.getInstance(template);
            image.setAlt("attendance chart");
            return image;
        } catch (Exception e) {
            throw new IllegalStateException("Could not draw the chart", e);
        }
    }
}
