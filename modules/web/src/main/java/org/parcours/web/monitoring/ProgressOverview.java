package org.parcours.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.CohortEvaluationSummary;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.TrendPoint;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * The dashboard across cohorts (the partners' view; admins and facilitators see every cohort): the
 * cohorts compared, attendance month by month as a chart and a table, and every territory's figures
 * with a drill-down to its progress page. Counts only: nothing confidential is shown.
 */
@Named
@ViewScoped
public class ProgressOverview implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f5f8b", "#b3541e", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c"};

    @Inject
    ProgressMonitoring monitoring;
    @Inject
    EvaluationResults evaluations;

    private Long cohort;
    private final DashboardFilters filters = new DashboardFilters();
    private List<Cohort> watched = List.of();
    private MonitoringQuery query;
    private List<Figures> cohorts = List.of();
    private List<TrendPoint> trend = List.of();
    private List<CohortEvaluationSummary> evaluation = List.of();
    private FiguresModel territories;
    private String chart;
    private String exportParameters = "";

    public void load() {
        try {
            watched = monitoring.watchedCohorts();
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        List<Cohort> selected = cohort == null ? watched
                : watched.stream().filter(c -> c.getId().equals(cohort)).toList();
        if (cohort != null && selected.isEmpty()) {
            filters.getErrors().put("cohort", Feedback.text("monitoring.cohort.notWatched"));
            return;
        }
        if (selected.isEmpty()) {
            return;
        }
        query = filters.toQuery(monitoring, selected);
        if (query == null) {
            return;
        }
        cohorts = monitoring.cohorts(query);
        trend = monitoring.trend(query);
        evaluation = evaluations.ofCohorts(query);
        territories = new FiguresModel(monitoring, query);
        chart = chartOf(trend);
        exportParameters = exportParametersOf();
    }

    /** A Chart.js line chart: one line per cohort, attendance rate per month. */
    static String chartOf(List<TrendPoint> points) {
        TreeSet<YearMonth> months = new TreeSet<>();
        Map<String, Map<YearMonth, Integer>> byCohort = new LinkedHashMap<>();
        for (TrendPoint p : points) {
            months.add(p.getMonth());
            byCohort.computeIfAbsent(p.getCohortName(), k -> new LinkedHashMap<>()).put(p.getMonth(), p.getRate());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<YearMonth, Integer>> line : byCohort.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (YearMonth m : months) {
                Integer rate = line.getValue().get(m);
                if (rate == null) {
                    data.addNull();
                } else {
                    data.add(rate);
                }
            }
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", line.getKey()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0).add("max", 100);
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public DashboardFilters getFilters() {
        return filters;
    }

    public List<Cohort> getWatched() {
        return watched;
    }

    public MonitoringQuery getQuery() {
        return query;
    }


    public List<Figures> getCohorts() {
        return cohorts;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    /** The selected cohorts compared by their evaluation (the whole path, whatever the filters). */
    public List<CohortEvaluationSummary> getEvaluation() {
        return evaluation;
    }

    public FiguresModel getTerritories() {
        return territories;
    }

    public String getChart() {
        return chart;
    }

    /** The export parameters: the chosen cohort (or every one watched) and the filters. */
    public String getExportParameters() {
        return exportParameters;
    }

    private String exportParametersOf() {
        StringBuilder p = new StringBuilder();
        query.cohortIds().forEach(id -> p.append("&cohort=").append(id));
        return p.append(filters.getParameters()).substring(Math.min(1, p.length()));
    }
}
