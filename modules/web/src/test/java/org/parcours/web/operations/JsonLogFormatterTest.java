package org.parcours.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    @Test
    void a_log_record_becomes_one_json_line_with_its_fields_escaped() {
        LogRecord record = new LogRecord(Level.WARNING, "Refused \"{0}\"\nsecond line\ttab \\ {1}");
        record.setParameters(new Object[] {"zoé", 3});
        record.setLoggerName("org.parcours.Test");
        record.setMillis(0);

        String line = new JsonLogFormatter().format(record);

        assertThat(line).endsWith("}" + System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n")
                .startsWith("{\"timestamp\":\"1970-01-01T00:00:00Z\",\"level\":\"WARNING\",\"logger\":\"org.parcours.Test\"")
                .contains("\"message\":\"Refused \\\"zoé\\\"\\nsecond line\\ttab \\\\ 3\"")
                .doesNotContain("requestId");
    }

    @Test
    void a_stack_trace_is_kept_in_one_field() {
        LogRecord record = new LogRecord(Level.SEVERE, "failed");
        record.setThrown(new IllegalStateException("boom"));
        String line = new JsonLogFormatter().format(record).strip();
        assertThat(line).contains("\"exception\":\"java.lang.IllegalStateException: boom\\n").doesNotContain("\n");
    }

    @Test
    void control_characters_are_escaped_as_unicode() {
        StringBuilder json = new StringBuilder();
        JsonLogFormatter.escape(json, "a\u0001b");
        assertThat(json).hasToString("a\\u0001b");
    }

    @Test
    void a_request_id_is_kept_only_when_it_is_a_short_plain_token() {
        assertThat(RequestIdFilter.idFor("abc-123_4.5:6")).isEqualTo("abc-123_4.5:6");
        assertThat(RequestIdFilter.idFor("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(RequestIdFilter.idFor("x".repeat(65))).hasSize(36).isNotEqualTo("x".repeat(65));
        assertThat(RequestIdFilter.idFor("evil\r\nX-Injected: 1")).doesNotContain("evil");
        assertThat(RequestIdFilter.idFor("")).hasSize(36);
        assertThat(RequestIdFilter.idFor(null)).matches("[0-9a-f-]{36}");
    }
}
