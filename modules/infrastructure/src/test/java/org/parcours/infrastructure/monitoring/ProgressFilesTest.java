package org.parcours.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.domain.monitoring.Counts;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.MonthlyReport;

class ProgressFilesTest {

    private static final Figures ALPHA = Figures.ofTerritory(1, "Cohorte", 2, "=Alpha", new Counts(4, 3, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2));

    @Test
    void the_territories_table_keeps_numbers_as_numbers_and_defuses_formulas() throws Exception {
        MonitoringQuery query = new MonitoringQuery(List.of(1L), null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                null, Instant.parse("2026-11-26T08:00:00Z"));
        ProgressTable table = ProgressTables.territories(query, List.of(ALPHA), key -> key);
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFmonitoring.col.cohort;monitoring.col.territory;monitoring.col.from");
        assertThat(csv).contains("Cohorte;'=Alpha;2026-10-01;2026-10-31;4;3;75;2;1;1;0;0;");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=Alpha");
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(75.0);
        }
    }

    @Test
    void the_monthly_report_pdf_holds_the_figures_and_the_highlights() throws Exception {
        Figures cohort = Figures.ofCohort(1, "Cohorte", 1, ALPHA.getCounts());
        MonthlyReport report = new MonthlyReport(cohort, YearMonth.of(2026, 10), List.of(ALPHA), List.of());
        Map<String, String> texts = Map.of("report.title", "Report %s", "report.highlight.best", "Best %s",
                "PathStatus.ON_TRACK", "Fine");
        byte[] pdf = MonthlyReportPdf.render(report, (key, args) -> texts.containsKey(key)
                ? texts.get(key).formatted(args) : key);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Report Cohorte", "Best =Alpha", "75 % (3/4)", "Fine");
    }
}
