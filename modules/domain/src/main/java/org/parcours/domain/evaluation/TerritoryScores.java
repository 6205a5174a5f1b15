package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A territory's self-assessment at mid-path and at the end: the average over all questions of each
 * round, each question's score (null when not answered), and the change between the two.
 */
public record TerritoryScores(long territoryId, String territoryName, Average mid, Average end,
        List<Integer> midScores, List<Integer> endScores) implements Serializable {

    /** End minus mid-path, or null unless both rounds are answered. */
    public BigDecimal progress() {
        return mid.changeTo(end);
    }

    // JavaBean names for the pages' expression language
    public long getTerritoryId() { return territoryId; }
    public String getTerritoryName() { return territoryName; }
    public Average getMid() { return mid; }
    public Average getEnd() { return end; }
    public List<Integer> getMidScores() { return midScores; }
    public List<Integer> getEndScores() { return endScores; }
    public BigDecimal getProgress() { return progress(); }
}
