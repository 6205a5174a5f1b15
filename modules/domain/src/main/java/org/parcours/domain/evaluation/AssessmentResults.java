package org.parcours.domain.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.domain.territory.Territory;

/**
 * A cohort's self-assessments compared: per territory (mid-path and end averages, per question) and
 * per question across territories, plus the cohort's overall averages. Comments are not part of it:
 * results are figures only.
 */
public record AssessmentResults(int scaleMax, List<TerritoryScores> territories, List<QuestionScores> questions,
        Average mid, Average end) implements Serializable {

    /** Computes the results of a grid from its cohort's territories and the assessments filled. */
    public static AssessmentResults of(AssessmentGrid grid, Collection<Territory> cohortTerritories,
            Collection<SelfAssessment> assessments) {
        Map<Long, Map<AssessmentRound, List<Integer>>> scores = new HashMap<>();
        for (SelfAssessment a : assessments) {
            scores.computeIfAbsent(a.getTerritory().getId(), id -> new HashMap<>())
                    .put(a.getRound(), a.getAnswers().stream().map(AssessmentAnswer::getScore).toList());
        }
        return of(grid.getScaleMax(), grid.getQuestions(), cohortTerritories, scores);
    }

    /**
     * Computes the results from a grid's scale and questions, its cohort's territories and the scores
     * per territory id and round (by question position; a missing or null score is not answered).
     */
    public static AssessmentResults of(int scaleMax, List<String> gridQuestions, Collection<Territory> cohortTerritories,
            Map<Long, Map<AssessmentRound, List<Integer>>> scoresByTerritory) {
        int size = gridQuestions.size();
        Average[] midByQuestion = new Average[size];
        Average[] endByQuestion = new Average[size];
        java.util.Arrays.fill(midByQuestion, Average.NONE);
        java.util.Arrays.fill(endByQuestion, Average.NONE);
        Average mid = Average.NONE;
        Average end = Average.NONE;
        List<TerritoryScores> rows = new ArrayList<>();
        List<Territory> sorted = cohortTerritories.stream().sorted(Comparator.comparing(Territory::getName)).toList();
        for (Territory territory : sorted) {
            Map<AssessmentRound, List<Integer>> rounds = scoresByTerritory.getOrDefault(territory.getId(), Map.of());
            List<Integer> midScores = scores(rounds.get(AssessmentRound.MID), size);
            List<Integer> endScores = scores(rounds.get(AssessmentRound.END), size);
            Average territoryMid = Average.NONE;
            Average territoryEnd = Average.NONE;
            for (int i = 0; i < size; i++) {
                if (midScores.get(i) != null) {
                    territoryMid = territoryMid.plus(midScores.get(i));
                    midByQuestion[i] = midByQuestion[i].plus(midScores.get(i));
                }
                if (endScores.get(i) != null) {
                    territoryEnd = territoryEnd.plus(endScores.get(i));
                    endByQuestion[i] = endByQuestion[i].plus(endScores.get(i));
                }
            }
            mid = mid.plus(territoryMid);
            end = end.plus(territoryEnd);
            rows.add(new TerritoryScores(territory.getId(), territory.getName(), territoryMid, territoryEnd,
                    midScores, endScores));
        }
        List<QuestionScores> questions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            questions.add(new QuestionScores(i + 1, gridQuestions.get(i), midByQuestion[i], endByQuestion[i]));
        }
        return new AssessmentResults(scaleMax, List.copyOf(rows), List.copyOf(questions), mid, end);
    }

    private static List<Integer> scores(List<Integer> given, int size) {
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            scores.add(given == null || i >= given.size() ? null : given.get(i));
        }
        return java.util.Collections.unmodifiableList(scores);
    }

    public int getScaleMax() { return scaleMax; }
    public List<TerritoryScores> getTerritories() { return territories; }
    public List<QuestionScores> getQuestions() { return questions; }
    public Average getMid() { return mid; }
    public Average getEnd() { return end; }
}
