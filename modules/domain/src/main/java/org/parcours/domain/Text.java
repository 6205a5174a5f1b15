package org.parcours.domain;

/** Checks shared by the aggregates for required, bounded text. */
public final class Text {

    private Text() {
    }

    /** Returns the trimmed text, or refuses it when blank or longer than {@code maxLength}. */
    public static String required(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "field.required");
        }
        return bounded(value.strip(), maxLength, field);
    }

    /** Returns the trimmed text or {@code null} when blank; refuses it when too long. */
    public static String optional(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(value.strip(), maxLength, field);
    }

    private static String bounded(String value, int maxLength, String field) {
        if (value.length() > maxLength) {
            throw new RuleViolation(field, "field.tooLong", maxLength);
        }
        return value;
    }
}
