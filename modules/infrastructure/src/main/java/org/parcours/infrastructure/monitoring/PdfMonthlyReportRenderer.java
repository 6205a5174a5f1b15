package org.parcours.infrastructure.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;
import org.parcours.domain.monitoring.MonthlyReport;
import org.parcours.domain.monitoring.MonthlyReportRenderer;

/** The monthly report with OpenPDF (see {@link MonthlyReportPdf}). */
@ApplicationScoped
public class PdfMonthlyReportRenderer implements MonthlyReportRenderer {

    @Override
    public byte[] pdf(MonthlyReport report, BiFunction<String, Object[], String> text) {
        return MonthlyReportPdf.render(report, text);
    }
}
