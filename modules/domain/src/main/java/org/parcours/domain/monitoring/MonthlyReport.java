package org.parcours.domain.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A cohort's monthly progress report: its figures and each territory's over one calendar month, the
 * alerts as of the report, and the highlights drawn from them (the best attendance, the territories
 * behind the plan, the alerts). Counts only: nothing confidential goes into a report.
 */
public final class MonthlyReport implements java.io.Serializable {

    private final Figures cohort;
    private final YearMonth month;
    private final List<Figures> territories;
    private final List<Alert> alerts;
    private final List<Highlight> highlights;

    public MonthlyReport(Figures cohort, YearMonth month, List<Figures> territories, List<Alert> alerts) {
        this.cohort = cohort;
        this.month = month;
        this.territories = List.copyOf(territories);
        this.alerts = List.copyOf(alerts);
        this.highlights = highlights(cohort, this.territories, this.alerts);
    }

    private static List<Highlight> highlights(Figures cohort, List<Figures> territories, List<Alert> alerts) {
        List<Highlight> list = new ArrayList<>();
        if (cohort.getAttendanceRate() == null) {
            list.add(new Highlight("report.highlight.noSession", List.of()));
        } else {
            list.add(new Highlight("report.highlight.attendance",
                    List.of(cohort.getAttendanceRate(), cohort.getSessionsAttended(), cohort.getSessionsExpected())));
            territories.stream().filter(t -> t.getAttendanceRate() != null)
                    .max(Comparator.comparing(Figures::getAttendanceRate)
                            .thenComparing(Figures::getTerritoryName, Comparator.reverseOrder()))
                    .ifPresent(best -> list.add(new Highlight("report.highlight.best",
                            List.of(best.getTerritoryName(), best.getAttendanceRate()))));
        }
        if (cohort.getWorkDue() > 0) {
            list.add(new Highlight("report.highlight.work", List.of(cohort.getWorkOnTime() + cohort.getWorkLate(),
                    cohort.getWorkDue(), cohort.getWorkLate())));
        }
        list.add(new Highlight("report.highlight.codevVisits", List.of(cohort.getCodevHeld(),
                cohort.getVisitsHosted())));
        List<String> late = territories.stream().filter(t -> t.getStatus() == PathStatus.LATE)
                .map(Figures::getTerritoryName).sorted().toList();
        if (!late.isEmpty()) {
            list.add(new Highlight("report.highlight.late", List.of(late.size(), String.join(", ", late))));
        }
        if (!alerts.isEmpty()) {
            list.add(new Highlight("report.highlight.alerts", List.of(alerts.size())));
        }
        return List.copyOf(list);
    }

    public Figures getCohort() {
        return cohort;
    }

    public YearMonth getMonth() {
        return month;
    }

    public List<Figures> getTerritories() {
        return territories;
    }

    public List<Alert> getAlerts() {
        return alerts;
    }

    public List<Highlight> getHighlights() {
        return highlights;
    }
}
