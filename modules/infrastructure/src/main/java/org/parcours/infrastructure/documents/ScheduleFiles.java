package org.parcours.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcours.domain.schedule.Session;

/** A schedule as CSV (semicolons, UTF-8 with BOM, as spreadsheets in France expect) or as Excel. */
public final class ScheduleFiles {

    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private ScheduleFiles() {
    }

    public static byte[] csv(List<Session> sessions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            printer.printRecord(ScheduleColumns.HEADERS);
            for (Session s : sessions) {
                printer.printRecord(ScheduleColumns.values(s).stream().map(ScheduleColumns::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<Session> sessions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ")
                    .substring(0, Math.min(31, sheetName.length())));
            Row header = sheet.createRow(0);
            for (int i = 0; i < ScheduleColumns.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(ScheduleColumns.HEADERS.get(i));
            }
            int r = 1;
            for (Session s : sessions) {
                Row row = sheet.createRow(r++);
                List<String> values = ScheduleColumns.values(s);
                for (int i = 0; i < values.size(); i++) {
                    // Text cells: POI never evaluates them as formulas.
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
