package org.parcours.application.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.TimelineEntry;
import org.parcours.domain.territory.Territory;

/** A territory's progress in a cohort: its figures from the cohort's start to today, and its path as a timeline. */
public final class TerritoryProgress implements java.io.Serializable {

    private final Territory territory;
    private final Cohort cohort;
    private final LocalDate from;
    private final LocalDate to;
    private final Figures figures;
    private final List<TimelineEntry> timeline;

    TerritoryProgress(Territory territory, Cohort cohort, LocalDate from, LocalDate to, Figures figures,
            List<TimelineEntry> timeline) {
        this.territory = territory;
        this.cohort = cohort;
        this.from = from;
        this.to = to;
        this.figures = figures;
        this.timeline = List.copyOf(timeline);
    }

    public Territory getTerritory() {
        return territory;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Figures getFigures() {
        return figures;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }
}
