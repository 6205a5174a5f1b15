package org.parcours.web.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.web.shell.ExportLabels;
import org.parcours.web.shell.FileDownloads;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.infrastructure.monitoring.ProgressTable;
import org.parcours.infrastructure.monitoring.ProgressTables;

/**
 * The dashboards' tables as files, with the filters of the page in the address:
 * {@code /exports/progress/{territories|cohorts|alerts|trend|evaluation}.{xlsx|csv}?cohort=…&cohort=…&q=&from=&to=&kind=&sort=&order=}
 * and the monthly report {@code /exports/progress/report.pdf?cohort=&month=YYYY-MM}; {@code &lang=en}
 * for English. Access is checked by the use case (403); an unknown cohort is a 404, a bad filter a 400.
 */
@WebServlet("/exports/progress/*")
public class ProgressExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A territories export reads at most this many rows, page by page. */
    static final int MAX_ROWS = 20_000;

    @Inject
    transient ProgressMonitoring monitoring;
    @Inject
    transient EvaluationResults evaluations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Locale locale = ExportLabels.localeOf(request);
        try {
            if (what.equals("report.pdf")) {
                long cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
                YearMonth month = YearMonth.parse(String.valueOf(request.getParameter("month")));
                FileDownloads.send(response, "application/pdf", "rapport-" + month + "-cohorte-" + cohortId + ".pdf",
                        monitoring.monthlyReportPdf(cohortId, month, locale));
                return;
            }
            int dot = what.lastIndexOf('.');
            String table = dot < 0 ? what : what.substring(0, dot);
            String format = dot < 0 ? "" : what.substring(dot + 1);
            if (!List.of("territories", "cohorts", "alerts", "trend", "evaluation").contains(table)
                    || !List.of("csv", "xlsx").contains(format)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            MonitoringQuery query = query(request);
            Function<String, String> label = ExportLabels.in(locale);
            ProgressTable file = switch (table) {
                case "territories" -> ProgressTables.territories(query, allTerritories(query, request), label);
                case "cohorts" -> ProgressTables.cohorts(query, monitoring.cohorts(query), label);
                case "alerts" -> ProgressTables.alerts(monitoring.alerts(query), label);
                case "evaluation" -> ProgressTables.evaluation(evaluations.ofCohorts(query), label);
                default -> ProgressTables.trend(monitoring.trend(query), label);
            };
            String name = "suivi-" + table + "-" + query.from() + "-" + query.to() + "." + format;
            if (format.equals("csv")) {
                FileDownloads.send(response, "text/csv; charset=UTF-8", name, file.csv());
            } else {
                FileDownloads.send(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name, file.xlsx());
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RuleViolation violation) {
            response.sendError("cohort.unknown".equals(violation.messageKey()) ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private MonitoringQuery query(HttpServletRequest request) {
        String[] ids = request.getParameterValues("cohort");
        List<Cohort> cohorts = new ArrayList<>();
        if (ids == null || ids.length == 0) {
            cohorts.addAll(monitoring.watchedCohorts());
        } else {
            for (String id : Arrays.stream(ids).distinct().limit(500).toList()) {
                cohorts.add(monitoring.watchable(Long.parseLong(id)));
            }
        }
        if (cohorts.isEmpty()) {
            throw new RuleViolation("cohort", "monitoring.cohort.required");
        }
        DashboardFilters filters = new DashboardFilters();
        filters.setQ(request.getParameter("q"));
        filters.setFrom(request.getParameter("from"));
        filters.setTo(request.getParameter("to"));
        filters.setKind(request.getParameter("kind"));
        MonitoringQuery query = filters.toQueryWithoutFaces(monitoring, cohorts);
        if (query == null) {
            throw new RuleViolation("filters", "monitoring.filters.invalid");
        }
        return query;
    }

    private List<Figures> allTerritories(MonitoringQuery query, HttpServletRequest request) {
        FiguresSort sort = FiguresModel.sortOf(request.getParameter("sort"));
        boolean ascending = !"desc".equalsIgnoreCase(request.getParameter("order"));
        List<Figures> all = new ArrayList<>();
        int page = ProgressMonitoring.MAX_PAGE;
        while (all.size() < MAX_ROWS) {
            List<Figures> next = monitoring.territories(query, sort, ascending, all.size(), page);
            all.addAll(next);
            if (next.size() < page) {
                break;
            }
        }
        return all;
    }
}
