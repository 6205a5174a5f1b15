package org.parcours.web.evaluation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.CohortEvaluation;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.web.shell.ExportLabels;
import org.parcours.web.shell.FileDownloads;
import org.parcours.domain.RuleViolation;
import org.parcours.infrastructure.monitoring.ProgressTable;

/**
 * A cohort's evaluation tables as files, like the dashboards' tables:
 * {@code /exports/evaluation/{assessment|questions|sessions|feedback|rates}.{xlsx|csv}?cohort=…}, {@code &lang=en}
 * for English. Readers are those of the results page (admins, facilitators, the cohort's partners;
 * never territory teams): 403 for others, 404 for an unknown cohort or table, 400 for a bad id.
 */
@WebServlet("/exports/evaluation/*")
public class EvaluationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int dot = what.lastIndexOf('.');
        String table = dot < 0 ? what : what.substring(0, dot);
        String format = dot < 0 ? "" : what.substring(dot + 1);
        if (!EvaluationTables.NAMES.contains(table) || !List.of("csv", "xlsx").contains(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = ExportLabels.localeOf(request);
        try {
            long cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
            CohortEvaluation evaluation = results.ofCohort(cohortId);
            ProgressTable file = EvaluationTables.of(table, evaluation, ExportLabels.in(locale));
            String name = "evaluation-" + table + "-cohorte-" + cohortId + "." + format;
            if (format.equals("csv")) {
                FileDownloads.send(response, "text/csv; charset=UTF-8", name, file.csv());
            } else {
                FileDownloads.send(response,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name, file.xlsx());
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RuleViolation violation) {
            response.sendError("cohort.unknown".equals(violation.messageKey()) ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
