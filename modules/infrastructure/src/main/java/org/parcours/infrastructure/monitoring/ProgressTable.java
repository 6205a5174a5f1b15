package org.parcours.infrastructure.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A dashboard table as a file: CSV (semicolons, UTF-8 with BOM, as spreadsheets in France expect) or
 * Excel (numbers as numeric cells, text never evaluated as a formula).
 *
 * @param headers the column titles, in the reader's language
 * @param rows each a list of values: {@link Number}s, text, or {@code null} for an empty cell
 */
public record ProgressTable(String name, List<String> headers, List<List<Object>> rows) {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    public ProgressTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            printer.printRecord(headers.stream().map(ProgressTable::safe).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v instanceof Number ? v.toString()
                        : safe(v.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            String sheetName = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
            Sheet sheet = workbook.createSheet(sheetName.substring(0, Math.min(31, sheetName.length())));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text starting like a formula is prefixed so that a spreadsheet never runs it. */
    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
