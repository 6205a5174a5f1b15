package org.parcours.domain.monitoring;

/**
 * The facts counted for a territory (or summed over a cohort) over a period; every other figure is
 * derived from these. See {@link MonitoringRepository} for what each count is made of.
 *
 * @param sessionsExpected collective sessions over, not cancelled, whose attendance sheet was taken,
 *        the territory being expected there
 * @param sessionsAttended those of them where at least one member of the territory was marked
 *        present or late
 * @param workDue assignments due in the period (due date passed) for the territory
 * @param workOnTime of those, handed in on time
 * @param workLate of those, handed in after the due date
 * @param workEarly assignments not yet due already handed in
 * @param codevHeld co-development sessions finished in which a member of the territory took part
 * @param clientTurns of those, the ones where the client came from the territory
 * @param commitmentsDue commitments of the territory's clients whose deadline passed
 * @param commitmentsKept of those, reported done
 * @param commitmentsOverdue of those, not reported at all yet
 * @param visitsHosted learning visits held by the territory (over)
 * @param visitsMade learning visits of other territories (over) that a member of the territory had a place in
 * @param resourcesRead distinct resources of the centre read by the territory's members
 */
public record Counts(long sessionsExpected, long sessionsAttended, long workDue, long workOnTime, long workLate,
        long workEarly, long codevHeld, long clientTurns, long commitmentsDue, long commitmentsKept,
        long commitmentsOverdue, long visitsHosted, long visitsMade, long resourcesRead) implements java.io.Serializable {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts {
        if (sessionsAttended > sessionsExpected || workOnTime + workLate > workDue
                || commitmentsKept + commitmentsOverdue > commitmentsDue) {
            throw new IllegalArgumentException("Inconsistent counts: " + sessionsAttended + "/" + sessionsExpected
                    + " sessions, " + (workOnTime + workLate) + "/" + workDue + " work, " + (commitmentsKept + commitmentsOverdue) + "/"
                    + commitmentsDue + " commitments");
        }
    }

    public Counts plus(Counts o) {
        return new Counts(sessionsExpected + o.sessionsExpected, sessionsAttended + o.sessionsAttended,
                workDue + o.workDue, workOnTime + o.workOnTime, workLate + o.workLate, workEarly + o.workEarly,
                codevHeld + o.codevHeld, clientTurns + o.clientTurns, commitmentsDue + o.commitmentsDue,
                commitmentsKept + o.commitmentsKept, commitmentsOverdue + o.commitmentsOverdue,
                visitsHosted + o.visitsHosted, visitsMade + o.visitsMade, resourcesRead + o.resourcesRead);
    }

    public long sessionsMissed() {
        return sessionsExpected - sessionsAttended;
    }

    public long workMissing() {
        return workDue - workOnTime - workLate;
    }

    /** Milestones the plan expects by now: sessions held (sheet taken) and work due. */
    public long milestonesPlanned() {
        return sessionsExpected + workDue;
    }

    /** Milestones reached: sessions attended and work handed in, including work not yet due. */
    public long milestonesReached() {
        return sessionsAttended + workOnTime + workLate + workEarly;
    }
}
