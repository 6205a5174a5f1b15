package org.parcours.domain.monitoring;

/** Percentages shown on the dashboards, rounded half up to a whole number. */
public final class Rates implements java.io.Serializable {

    private Rates() {
    }

    /** {@code part} of {@code whole} as a whole percentage, or {@code null} when nothing was expected. */
    public static Integer percent(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("Counts are 0 or more");
        }
        if (whole == 0) {
            return null;
        }
        return (int) ((part * 200 + whole) / (whole * 2));
    }
}
