package org.parcours.domain.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A cohort's self-assessment grid and every team's scores, as read in two statements (grid with its
 * questions, then all the answers): what {@link AssessmentResults} are computed from.
 *
 * @param scaleMax  the grid's scale, or 0 when the cohort has no stored grid (the defaults then apply)
 * @param questions the grid's questions in order (empty when there is no stored grid)
 * @param scores    per territory id and round, the scores by question position (null where missing)
 */
public record AssessmentScores(int scaleMax, List<String> questions,
        Map<Long, Map<AssessmentRound, List<Integer>>> scores) {

    public static final AssessmentScores NO_GRID = new AssessmentScores(0, List.of(), Map.of());

    public boolean hasGrid() {
        return scaleMax > 0 && !questions.isEmpty();
    }
}
