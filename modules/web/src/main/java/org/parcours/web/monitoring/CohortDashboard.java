package org.parcours.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.CohortEvaluation;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.monitoring.Alert;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * A cohort's dashboard for its facilitators (and admins, and the partners who follow it): the
 * territories side by side, the cohort's totals, the alerts, the month's coming sessions, the exports
 * and the monthly report.
 */
@Named
@ViewScoped
public class CohortDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_UPCOMING = 50;

    @Inject
    ProgressMonitoring monitoring;
    @Inject
    ScheduleManagement schedules;
    @Inject
    EvaluationResults evaluations;

    private Long id;
    private final DashboardFilters filters = new DashboardFilters();
    private Cohort cohort;
    private MonitoringQuery query;
    private FiguresModel territories;
    private Figures totals;
    private List<Alert> alerts = List.of();
    private List<Session> upcoming = List.of();
    private boolean mayRunReport;
    private String reportMonth;
    private List<String> months = List.of();
    private CohortEvaluation evaluation;

    public void load() {
        try {
            cohort = id == null ? null : monitoring.watchable(id);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        } catch (RuleViolation unknown) {
            cohort = null;
        }
        if (cohort == null) {
            Pages.notFound();
            return;
        }
        mayRunReport = monitoring.mayRunReport(cohort);
        // The evaluation's figures (self-assessment mid-path and end, questionnaires) sit next to the
        // facts; they follow the same readers (admins, facilitators, the cohort's partners).
        try {
            evaluation = evaluations.ofCohort(cohort);
        } catch (AccessDenied notForThisReader) {
            evaluation = null;
        }
        YearMonth thisMonth = YearMonth.now(ParisTime.ZONE);
        reportMonth = thisMonth.minusMonths(1).toString();
        months = java.util.stream.IntStream.rangeClosed(0, 11).mapToObj(i -> thisMonth.minusMonths(i).toString()).toList();
        query = filters.toQuery(monitoring, List.of(cohort));
        if (query == null) {
            return;
        }
        // A cohort has a few dozen territories: read their figures once, for the table's first display
        // and for the cohort's totals, which are their sum.
        List<Figures> rows = monitoring.territories(query, FiguresSort.TERRITORY, true, 0, ProgressMonitoring.MAX_PAGE);
        if (rows.size() < ProgressMonitoring.MAX_PAGE) {
            territories = new FiguresModel(monitoring, query, rows);
            totals = Figures.totalOf(cohort.getId(), cohort.getName(), rows).orElse(null);
        } else {
            territories = new FiguresModel(monitoring, query);
            totals = monitoring.cohorts(query).stream().findFirst().orElse(null);
        }
        alerts = monitoring.alerts(query);
        Instant now = Instant.now();
        LocalDate endOfMonth = YearMonth.now(ParisTime.ZONE).atEndOfMonth();
        upcoming = schedules.ofCohort(cohort, now, ParisTime.at(endOfMonth.plusDays(1), LocalTime.MIDNIGHT))
                .stream().filter(s -> !s.isCancelled()).limit(MAX_UPCOMING).toList();
    }

    /** Emails the chosen month's report to the cohort's partners now. */
    public void sendReport() {
        try {
            YearMonth month = YearMonth.parse(reportMonth);
            boolean sent = monitoring.sendReportNow(cohort.getId(), month);
            if (sent) {
                Feedback.info("monitoring.report.sent", cohort.getName(), month.toString());
            } else {
                Feedback.error("monitoring.report.noPartner");
            }
        } catch (java.time.format.DateTimeParseException e) {
            Feedback.show(new RuleViolation("reportMonth", "monitoring.month.invalid"), "report");
        } catch (AccessDenied denied) {
            Pages.forbidden();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DashboardFilters getFilters() {
        return filters;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public MonitoringQuery getQuery() {
        return query;
    }


    public FiguresModel getTerritories() {
        return territories;
    }

    public Figures getTotals() {
        return totals;
    }

    public List<Alert> getAlerts() {
        return alerts;
    }

    public List<Session> getUpcoming() {
        return upcoming;
    }

    public boolean isMayRunReport() {
        return mayRunReport;
    }

    public String getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(String reportMonth) {
        this.reportMonth = reportMonth;
    }

    /** The last twelve months, newest first, for the report's month. */
    public List<String> getMonths() {
        return months;
    }

    public CohortEvaluation getEvaluation() {
        return evaluation;
    }
}
