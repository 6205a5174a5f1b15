package org.parcours.domain.evaluation;

import java.io.Serializable;

/** A territory's answers to the session questionnaires of a cohort, in figures. */
public record FeedbackScores(long territoryId, String territoryName, Average usefulness, Average satisfaction)
        implements Serializable {

    public long getTerritoryId() { return territoryId; }
    public String getTerritoryName() { return territoryName; }
    public Average getUsefulness() { return usefulness; }
    public Average getSatisfaction() { return satisfaction; }
    public long getAnswers() { return usefulness.getCount(); }
}
