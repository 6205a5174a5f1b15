package org.parcours.domain.monitoring;

/**
 * Where a territory stands against the plan of its path, by milestones: a collective session whose
 * sheet was taken is a milestone reached when the territory was there, an assignment due is one
 * reached when its work was handed in (late or not). Work handed in before its due date counts as
 * reached ahead of the plan.
 */
public enum PathStatus {
    /** More milestones reached than planned by now (work handed in before it was due). */
    AHEAD,
    /** At least four in five of the milestones planned by now are reached, or only one is missing. */
    ON_TRACK,
    /** Fewer than four in five of the milestones planned by now are reached, and more than one is missing. */
    LATE;

    /**
     * @param planned milestones the plan expects by now
     * @param reached milestones the territory reached (may exceed {@code planned})
     */
    public static PathStatus of(long planned, long reached) {
        if (planned < 0 || reached < 0) {
            throw new IllegalArgumentException("Milestones are counted from 0");
        }
        if (reached > planned) {
            return AHEAD;
        }
        // Integer arithmetic: reached / planned >= 4/5. A single milestone missed is not yet being late
        // (early in the path one absence would otherwise weigh a third of everything).
        return reached * 5 >= planned * 4 || planned - reached <= 1 ? ON_TRACK : LATE;
    }
}
