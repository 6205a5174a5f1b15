package org.parcours.web.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line: timestamp (UTC, ISO-8601), level, logger, message, and, when the line is
 * written while serving a request, its requestId and user; a stack trace under "exception".
 */
public class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
        json.append(',');
        field(json, "level", record.getLevel().getName());
        json.append(',');
        field(json, "logger", record.getLoggerName());
        json.append(',');
        field(json, "message", formatMessage(record));
        json.append(',');
        field(json, "thread", Thread.currentThread().getName());
        RequestContext request = RequestContext.current();
        if (request != null) {
            json.append(',');
            field(json, "requestId", request.requestId());
            json.append(',');
            field(json, "user", request.user());
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            json.append(',');
            field(json, "exception", trace.toString());
        }
        return json.append('}').append(System.lineSeparator()).toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        escape(json, value);
        json.append('"');
    }

    /** JSON string escaping (RFC 8259): quotes, backslash and every control character. */
    static void escape(StringBuilder json, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
    }
}
