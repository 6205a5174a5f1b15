package org.parcours.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.parcours.domain.attendance.AttendanceStatus;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;

/** Attendance sheets (feuilles d'émargement): a PDF to sign and a CSV, one row per person and session. */
public final class AttendanceSheets {

    public static final List<String> CSV_HEADERS = List.of("session", "date", "start", "end", "duration_minutes",
            "name", "territory", "status");

    /** One expected participant and their status ({@code null} when not marked yet). */
    public record Line(Session session, String name, String territory, AttendanceStatus status) {
    }

    private AttendanceSheets() {
    }

    public static byte[] csv(List<Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, ScheduleFiles.CSV)) {
            writer.write('\uFEFF');
            printer.printRecord(CSV_HEADERS);
            for (Line line : lines) {
                Session s = line.session();
                printer.printRecord(ScheduleColumns.safe(s.getTitle()), ParisTime.dayOf(s.getStartsAt()).toString(),
                        time(s.getStartsAt()), time(s.getEndsAt()), s.timing().minutes(),
                        ScheduleColumns.safe(line.name()), ScheduleColumns.safe(line.territory()),
                        line.status() == null ? "" : line.status().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param label translates a message key (headers, statuses) into the reader's language
     */
    public static byte[] pdf(Session session, List<Line> lines, Function<String, String> label) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        document.add(new Paragraph(label.apply("attendance.sheet.title"), title));
        document.add(new Paragraph(session.getTitle(), bold));
        document.add(new Paragraph(ParisTime.dayOf(session.getStartsAt()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + "  " + time(session.getStartsAt()) + " – " + time(session.getEndsAt()), normal));
        if (session.getVenue() != null) {
            document.add(new Paragraph(session.getVenue().getName() + ", " + session.getVenue().getAddress(), normal));
        }
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {30, 25, 15, 30});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("attendance.name", "attendance.territory", "attendance.status", "attendance.signature")) {
            PdfPCell cell = new PdfPCell(new Phrase(label.apply(key), bold));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (Line line : lines) {
            table.addCell(new Phrase(line.name(), normal));
            table.addCell(new Phrase(line.territory(), normal));
            table.addCell(new Phrase(line.status() == null ? "" : label.apply("AttendanceStatus." + line.status()), normal));
            PdfPCell signature = new PdfPCell(new Phrase(" "));
            signature.setMinimumHeight(28);
            table.addCell(signature);
        }
        document.add(table);
        document.close();
        return bytes.toByteArray();
    }

    private static String time(java.time.Instant instant) {
        LocalTime time = instant.atZone(ParisTime.ZONE).toLocalTime();
        return time.format(ScheduleColumns.TIME);
    }
}
