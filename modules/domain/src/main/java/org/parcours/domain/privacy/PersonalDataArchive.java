package org.parcours.domain.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The archive a person downloads, as a section writes into it: named lists of records (written as
 * JSON, machine-readable) and files. Names are relative to the section's folder.
 */
public interface PersonalDataArchive {

    /**
     * Adds {@code <section>/<name>.json}: the rows, each a map of field name to value (String, Number,
     * Boolean, a date or time, or null), in order.
     */
    void records(String name, List<Map<String, Object>> rows) throws IOException;

    /** Adds {@code <section>/<name>} with the bytes read from the stream (closed by the caller). */
    void file(String name, InputStream content) throws IOException;
}
