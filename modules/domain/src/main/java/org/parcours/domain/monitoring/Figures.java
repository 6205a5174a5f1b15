package org.parcours.domain.monitoring;

import java.util.List;
import java.util.Optional;

/**
 * The indicators of one territory in one cohort (or, with no territory, of a whole cohort) over a
 * period, for the pages: every rate and status is computed once here from the {@link Counts}.
 */
public final class Figures implements java.io.Serializable {

    private final long cohortId;
    private final String cohortName;
    private final Long territoryId;
    private final String territoryName;
    private final long territories;
    private final Counts counts;
    private final Integer attendanceRate;
    private final Integer workRate;
    private final Integer commitmentRate;
    private final PathStatus status;

    private Figures(long cohortId, String cohortName, Long territoryId, String territoryName, long territories,
            Counts counts) {
        this.cohortId = cohortId;
        this.cohortName = cohortName;
        this.territoryId = territoryId;
        this.territoryName = territoryName;
        this.territories = territories;
        this.counts = counts;
        this.attendanceRate = Rates.percent(counts.sessionsAttended(), counts.sessionsExpected());
        this.workRate = Rates.percent(counts.workOnTime() + counts.workLate(), counts.workDue());
        this.commitmentRate = Rates.percent(counts.commitmentsKept(), counts.commitmentsDue());
        this.status = PathStatus.of(counts.milestonesPlanned(), counts.milestonesReached());
    }

    public static Figures ofTerritory(long cohortId, String cohortName, long territoryId, String territoryName,
            Counts counts) {
        return new Figures(cohortId, cohortName, territoryId, territoryName, 1, counts);
    }

    public static Figures ofCohort(long cohortId, String cohortName, long territories, Counts counts) {
        return new Figures(cohortId, cohortName, null, null, territories, counts);
    }

    /**
     * A cohort's figures as the sum of its territories' (the same as counting the cohort's facts at
     * once: every count is per territory); none when the cohort has no territory.
     */
    public static Optional<Figures> totalOf(long cohortId, String cohortName, List<Figures> territoryRows) {
        if (territoryRows.isEmpty()) {
            return Optional.empty();
        }
        Counts sum = territoryRows.stream().map(Figures::getCounts).reduce(Counts.NONE, Counts::plus);
        return Optional.of(ofCohort(cohortId, cohortName, territoryRows.size(), sum));
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    /** The territory, or {@code null} for a cohort's figures. */
    public Long getTerritoryId() {
        return territoryId;
    }

    public String getTerritoryName() {
        return territoryName;
    }

    /** How many territories the figures cover. */
    public long getTerritories() {
        return territories;
    }

    public Counts getCounts() {
        return counts;
    }

    /** Sessions attended out of sessions held, in %, or {@code null} when none was held. */
    public Integer getAttendanceRate() {
        return attendanceRate;
    }

    /** Work handed in (late or not) out of work due, in %, or {@code null} when none was due. */
    public Integer getWorkRate() {
        return workRate;
    }

    /** Commitments kept out of commitments due, in %, or {@code null} when none was due. */
    public Integer getCommitmentRate() {
        return commitmentRate;
    }

    public PathStatus getStatus() {
        return status;
    }

    public long getSessionsExpected() {
        return counts.sessionsExpected();
    }

    public long getSessionsAttended() {
        return counts.sessionsAttended();
    }

    public long getSessionsMissed() {
        return counts.sessionsMissed();
    }

    public long getWorkDue() {
        return counts.workDue();
    }

    public long getWorkOnTime() {
        return counts.workOnTime();
    }

    public long getWorkLate() {
        return counts.workLate();
    }

    public long getWorkMissing() {
        return counts.workMissing();
    }

    public long getWorkEarly() {
        return counts.workEarly();
    }

    public long getCodevHeld() {
        return counts.codevHeld();
    }

    public long getClientTurns() {
        return counts.clientTurns();
    }

    public long getCommitmentsDue() {
        return counts.commitmentsDue();
    }

    public long getCommitmentsKept() {
        return counts.commitmentsKept();
    }

    public long getCommitmentsOverdue() {
        return counts.commitmentsOverdue();
    }

    public long getVisitsHosted() {
        return counts.visitsHosted();
    }

    public long getVisitsMade() {
        return counts.visitsMade();
    }

    public long getResourcesRead() {
        return counts.resourcesRead();
    }

    public long getMilestonesPlanned() {
        return counts.milestonesPlanned();
    }

    public long getMilestonesReached() {
        return counts.milestonesReached();
    }
}
