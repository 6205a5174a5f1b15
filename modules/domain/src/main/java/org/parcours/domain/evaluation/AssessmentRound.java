package org.parcours.domain.evaluation;

/** When a territory team assesses its co-construction approach. */
public enum AssessmentRound {
    /** At mid-path (around the fifth month). */
    MID,
    /** At the end of the nine months. */
    END
}
