package org.parcours.infrastructure.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parcours.domain.evaluation.CohortEvaluationSummary;
import org.parcours.domain.monitoring.Alert;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.TrendPoint;

/**
 * The dashboards' tables as exported: the same columns as on screen, plus the period each row
 * covers, so that a figure taken out of Parcours still says what it measures.
 */
public final class ProgressTables {

    /** Message keys of the figures' columns, shared by the territories' and the cohorts' tables. */
    static final List<String> FIGURE_COLUMNS = List.of("monitoring.col.from", "monitoring.col.to",
            "monitoring.col.sessionsExpected", "monitoring.col.sessionsAttended", "monitoring.col.attendance",
            "monitoring.col.workDue", "monitoring.col.workOnTime", "monitoring.col.workLateCount",
            "monitoring.col.workMissingCount", "monitoring.col.workEarlyCount", "monitoring.col.codevHeld",
            "monitoring.col.clientTurnsCount", "monitoring.col.commitmentsDue", "monitoring.col.commitmentsKept",
            "monitoring.col.commitmentsOverdue", "monitoring.col.visitsHosted", "monitoring.col.visitsMade",
            "monitoring.col.resources", "monitoring.col.status");

    private ProgressTables() {
    }

    public static ProgressTable territories(MonitoringQuery query, List<Figures> figures, Function<String, String> label) {
        List<String> headers = new ArrayList<>(List.of(label.apply("monitoring.col.cohort"),
                label.apply("monitoring.col.territory")));
        FIGURE_COLUMNS.forEach(k -> headers.add(label.apply(k)));
        List<List<Object>> rows = new ArrayList<>();
        for (Figures f : figures) {
            List<Object> row = new ArrayList<>(List.of(f.getCohortName(), f.getTerritoryName()));
            row.addAll(values(query, f, label));
            rows.add(row);
        }
        return new ProgressTable(label.apply("monitoring.export.territories"), headers, rows);
    }

    public static ProgressTable cohorts(MonitoringQuery query, List<Figures> figures, Function<String, String> label) {
        List<String> headers = new ArrayList<>(List.of(label.apply("monitoring.col.cohort"),
                label.apply("monitoring.col.territories")));
        FIGURE_COLUMNS.forEach(k -> headers.add(label.apply(k)));
        List<List<Object>> rows = new ArrayList<>();
        for (Figures f : figures) {
            List<Object> row = new ArrayList<>(List.of(f.getCohortName(), f.getTerritories()));
            row.addAll(values(query, f, label));
            rows.add(row);
        }
        return new ProgressTable(label.apply("monitoring.export.cohorts"), headers, rows);
    }

    public static ProgressTable alerts(List<Alert> alerts, Function<String, String> label) {
        List<String> headers = List.of(label.apply("monitoring.col.territory"), label.apply("monitoring.col.alert"),
                label.apply("monitoring.col.count"));
        List<List<Object>> rows = alerts.stream().map(a -> List.<Object>of(a.getTerritoryName(),
                label.apply("AlertKind." + a.getKind()), a.getCount())).toList();
        return new ProgressTable(label.apply("monitoring.export.alerts"), headers, rows);
    }

    /** The cohorts compared by their evaluation: self-assessment per round, progress, questionnaires. */
    public static ProgressTable evaluation(List<CohortEvaluationSummary> cohorts, Function<String, String> label) {
        List<String> headers = List.of(label.apply("monitoring.col.cohort"), label.apply("monitoring.col.scale"),
                label.apply("AssessmentRound.MID"), label.apply("AssessmentRound.END"),
                label.apply("evaluation.results.progress"), label.apply("monitoring.col.answers"),
                label.apply("evaluation.feedback.usefulness.short"), label.apply("evaluation.feedback.satisfaction.short"));
        List<List<Object>> rows = new ArrayList<>();
        for (CohortEvaluationSummary c : cohorts) {
            List<Object> row = new ArrayList<>();
            row.add(c.cohortName());
            row.add(c.scaleMax());
            row.add(c.mid().getValue());
            row.add(c.end().getValue());
            row.add(c.progress());
            row.add(c.usefulness().getCount());
            row.add(c.usefulness().getValue());
            row.add(c.satisfaction().getValue());
            rows.add(row);
        }
        return new ProgressTable(label.apply("monitoring.export.evaluation"), headers, rows);
    }

    public static ProgressTable trend(List<TrendPoint> points, Function<String, String> label) {
        List<String> headers = List.of(label.apply("monitoring.col.cohort"), label.apply("monitoring.col.month"),
                label.apply("monitoring.col.sessionsExpected"), label.apply("monitoring.col.sessionsAttended"),
                label.apply("monitoring.col.attendance"));
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            List<Object> row = new ArrayList<>();
            row.add(p.getCohortName());
            row.add(p.getMonth().toString());
            row.add(p.getExpected());
            row.add(p.getAttended());
            row.add(p.getRate());
            rows.add(row);
        }
        return new ProgressTable(label.apply("monitoring.export.trend"), headers, rows);
    }

    private static List<Object> values(MonitoringQuery q, Figures f, Function<String, String> label) {
        List<Object> v = new ArrayList<>();
        v.add(q.from().toString());
        v.add(q.to().toString());
        v.add(f.getSessionsExpected());
        v.add(f.getSessionsAttended());
        v.add(f.getAttendanceRate());
        v.add(f.getWorkDue());
        v.add(f.getWorkOnTime());
        v.add(f.getWorkLate());
        v.add(f.getWorkMissing());
        v.add(f.getWorkEarly());
        v.add(f.getCodevHeld());
        v.add(f.getClientTurns());
        v.add(f.getCommitmentsDue());
        v.add(f.getCommitmentsKept());
        v.add(f.getCommitmentsOverdue());
        v.add(f.getVisitsHosted());
        v.add(f.getVisitsMade());
        v.add(f.getResourcesRead());
        v.add(label.apply("PathStatus." + f.getStatus()));
        return v;
    }
}
