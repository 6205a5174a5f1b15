package org.parcours.domain.monitoring;

import java.util.function.BiFunction;

/** Writes a monthly report as a PDF document. */
public interface MonthlyReportRenderer {

    /**
     * @param text translates a message key with its arguments into the reader's language
     */
    byte[] pdf(MonthlyReport report, BiFunction<String, Object[], String> text);
}
