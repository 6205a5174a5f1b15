package org.parcours.infrastructure.privacy;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parcours.domain.privacy.PersonalDataArchive;

/**
 * A ZIP written as it goes onto the response: records as pretty-printed JSON arrays of objects
 * (UTF-8), files as they were handed in. The use case gives each section its folder.
 */
public class ZipPersonalDataArchive implements PersonalDataArchive, AutoCloseable {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final ZipOutputStream zip;

    public ZipPersonalDataArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    @Override
    public void records(String name, List<Map<String, Object>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name + ".json"));
        try (JsonGenerator json = JSON.createGenerator(unclosable(), StandardCharsets.UTF_8)) {
            json.writeStartArray();
            for (Map<String, Object> row : rows) {
                object(json, row);
            }
            json.writeEnd();
        }
        zip.closeEntry();
    }

    @Override
    public void file(String name, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.transferTo(zip);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    private static void object(JsonGenerator json, Map<String, Object> row) {
        json.writeStartObject();
        for (Map.Entry<String, Object> field : row.entrySet()) {
            write(json, field.getKey(), field.getValue());
        }
        json.writeEnd();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigInteger number) {
            json.write(name, number);
        } else if (value instanceof BigDecimal number) {
            json.write(name, number);
        } else if (value instanceof Number number) {
            json.write(name, number.doubleValue());
        } else if (value instanceof List<?> list) {
            json.writeStartArray(name);
            list.forEach(item -> json.write(String.valueOf(item)));
            json.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            json.writeKey(name);
            object(json, (Map<String, Object>) map);
        } else {
            json.write(name, value.toString());
        }
    }

    /** The JSON generator closes its stream when done: that must end the entry, not the ZIP. */
    private OutputStream unclosable() {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
