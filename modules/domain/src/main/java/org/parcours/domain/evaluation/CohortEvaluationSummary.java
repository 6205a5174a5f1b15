package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A cohort's evaluation in four averages, to compare cohorts side by side: its teams' self-assessments
 * at mid-path and at the end (every score of the cohort's teams, on its grid's scale) and the answers of
 * its session questionnaires (usefulness and satisfaction, out of 5). Figures only.
 */
public record CohortEvaluationSummary(long cohortId, String cohortName, int scaleMax, Average mid, Average end,
        Average usefulness, Average satisfaction) implements Serializable {

    /** End minus mid-path, or null unless both rounds have scores. */
    public BigDecimal progress() {
        return mid.changeTo(end);
    }

    // JavaBean names for the pages' expression language
    public long getCohortId() { return cohortId; }
    public String getCohortName() { return cohortName; }
    public int getScaleMax() { return scaleMax; }
    public Average getMid() { return mid; }
    public Average getEnd() { return end; }
    public Average getUsefulness() { return usefulness; }
    public Average getSatisfaction() { return satisfaction; }
    public BigDecimal getProgress() { return progress(); }
}
