package org.parcours.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.attendance.AttendanceStatus;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.schedule.Venue;
import org.parcours.infrastructure.calendar.ICalendarWriter;

class DocumentsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);
    private final Cohort cohort = new Cohort("Promotion", CohortPeriod.nineMonthsFrom(LocalDate.of(2026, 9, 1)));

    private Session session(String title) {
        return new Session(cohort, new SessionPlan(title, SessionKind.COLLECTIVE_WORKSHOP, SessionFormat.IN_PERSON,
                "Faire émerger les besoins", Venue.of("Salle des fêtes", "1 place de la Mairie, Redon", 40), null,
                "Accueil; tour de table"),
                new SessionTiming(ParisTime.at(DAY, LocalTime.of(9, 30)), ParisTime.at(DAY, LocalTime.of(12, 0))));
    }

    @Test
    void the_calendar_feed_parses_back_with_uid_sequence_status_and_paris_times() throws Exception {
        Session kept = session("Atelier collectif");
        Session cancelled = session("Atelier annulé");
        cancelled.cancel();
        String ics = ICalendarWriter.write("Parcours", List.of(kept, cancelled), s -> "https://parcours.example/s", Instant.now());

        // Written with their TZID and Paris local times, as the feeds' own zone registry resolves them.
        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20261006T093000", "DTEND;TZID=Europe/Paris:20261006T120000");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(kept.getUid());
        assertThat(prop(first, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(first, "DTSTART")).isEqualTo("20261006T093000");
        assertThat(first.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(prop(events.get(1), "STATUS")).isEqualTo("CANCELLED");
        assertThat(prop(events.get(1), "SEQUENCE")).isEqualTo("1");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(tz.getTimeZoneId().getValue()).isEqualTo("Europe/Paris"));
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void the_schedule_csv_reads_back_with_its_lines_and_neutralised_formulas() {
        byte[] csv = ScheduleFiles.csv(List.of(session("Atelier"), session("=HYPERLINK(\"x\")")));
        List<CsvTable.Row> rows = CsvTable.read(csv, ScheduleColumns.HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).values()).containsEntry("date", "2026-10-06").containsEntry("start", "09:30")
                .containsEntry("end", "12:00").containsEntry("kind", "COLLECTIVE_WORKSHOP").containsEntry("venue_capacity", "40");
        assertThat(rows.get(1).values().get("title")).startsWith("'=");
    }

    @Test
    void a_file_that_is_not_a_table_is_refused_as_a_whole() {
        assertThatThrownBy(() -> CsvTable.read("a;b\n\"unclosed;x\n".getBytes(StandardCharsets.UTF_8), ScheduleColumns.HEADERS))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CsvTable.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0}, ScheduleColumns.HEADERS))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> CsvTable.read("title;kind\n".getBytes(StandardCharsets.UTF_8), ScheduleColumns.HEADERS))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("import.empty"));
    }

    @Test
    void the_excel_export_holds_the_same_columns() throws Exception {
        byte[] xlsx = ScheduleFiles.xlsx("Promotion", List.of(session("Atelier")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("title");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-10-06");
        }
    }

    @Test
    void the_attendance_sheet_pdf_lists_names_territories_statuses_and_a_signature_column() throws Exception {
        Session s = session("Atelier collectif");
        byte[] pdf = AttendanceSheets.pdf(s, List.of(
                new AttendanceSheets.Line(s, "Anne Rivière", "Pays de Redon", AttendanceStatus.PRESENT),
                new AttendanceSheets.Line(s, "Marc Dubois", "Ville de Lens", null)), key -> switch (key) {
                    case "attendance.signature" -> "Signature";
                    case "AttendanceStatus.PRESENT" -> "Présent";
                    default -> key;
                });
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Atelier collectif", "Anne Rivière", "Pays de Redon", "Présent", "Marc Dubois", "Signature",
                "06/10/2026", "09:30");
        byte[] csv = AttendanceSheets.csv(List.of(new AttendanceSheets.Line(s, "Anne Rivière", "Pays de Redon",
                AttendanceStatus.LATE)));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(
                "Atelier collectif;2026-10-06;09:30;12:00;150;Anne Rivière;Pays de Redon;LATE");
    }
}
