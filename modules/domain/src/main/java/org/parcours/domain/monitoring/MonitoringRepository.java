package org.parcours.domain.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the indicators from the recorded facts with aggregate queries in the database: a bounded
 * number of statements whatever the number of territories, never one per row.
 */
public interface MonitoringRepository {

    /** How many (cohort, territory) rows the query covers. */
    long count(MonitoringQuery query);

    /** One page of the territories' figures, sorted by {@code sort} then by territory name. */
    List<Figures> territories(MonitoringQuery query, FiguresSort sort, boolean ascending, int first, int max);

    /** The figures summed per cohort (territories matching the query only). */
    List<Figures> cohorts(MonitoringQuery query);

    /** The alerts of the cohorts' territories as of {@code query.now()} (whatever the period), at most {@code max}. */
    List<Alert> alerts(MonitoringQuery query, int max);

    /** Attendance per cohort and calendar month (UTC month of the session's start) over the period. */
    List<TrendPoint> trend(MonitoringQuery query);

    /** A territory's sessions in a cohort, in time order, with their outcome as of {@code now} (at most {@code max}). */
    List<TimelineEntry> timeline(long cohortId, long territoryId, Instant now, int max);

    /** The cohorts whose period overlaps [from, to] (days, both included), for the monthly reports. */
    List<Long> cohortsRunningIn(LocalDate from, LocalDate to);
}
