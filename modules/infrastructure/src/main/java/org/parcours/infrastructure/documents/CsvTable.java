package org.parcours.infrastructure.documents;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parcours.domain.RuleViolation;

/**
 * Reads an uploaded CSV file into rows keyed by header, with the line each row starts on. Semicolons
 * or commas (whichever the header uses), UTF-8 with or without BOM. A file that is not such a table
 * is refused as a whole, on the field {@code file}.
 */
public final class CsvTable {

    public static final int MAX_ROWS = 2000;

    public record Row(long line, Map<String, String> values) {
    }

    private CsvTable() {
    }

    public static List<Row> read(byte[] content, List<String> expectedHeaders) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = expectedHeaders.stream().filter(h -> !headers.contains(h)).toList();
            if (headers.isEmpty() || missing.size() == expectedHeaders.size()) {
                throw new RuleViolation("file", "import.noHeader", String.join(";", expectedHeaders));
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new RuleViolation("file", "import.tooManyRows", MAX_ROWS);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    values.put(headers.get(i), i < record.size() ? record.get(i) : "");
                }
                rows.add(new Row(parser.getCurrentLineNumber() - (record.size() == 0 ? 0 : countNewlines(record)), values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new RuleViolation("file", "import.malformed", e.getMessage() == null ? "" : e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new RuleViolation("file", "import.empty");
        }
        return rows;
    }

    /** The number of lines a record spans beyond its first (multi-line quoted values). */
    private static long countNewlines(CSVRecord record) {
        long n = 0;
        for (String value : record) {
            n += value.chars().filter(c -> c == '\n').count();
        }
        return n;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", "import.notUtf8");
        }
    }
}
