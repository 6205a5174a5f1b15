package org.parcours.application.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.evaluation.AssessmentResults;
import org.parcours.domain.evaluation.TerritoryScores;

/**
 * One territory's self-assessment as its progress page shows it: each question with the team's score at
 * mid-path and at the end, and the averages of both rounds. Comments are not part of it.
 */
public record TerritoryEvaluation(int scaleMax, TerritoryScores scores, List<Answer> answers) implements Serializable {

    /** A question of the grid and the team's scores (null when that round has no answer). */
    public record Answer(int position, String question, Integer mid, Integer end) implements Serializable {
        public int getPosition() { return position; }
        public String getQuestion() { return question; }
        public Integer getMid() { return mid; }
        public Integer getEnd() { return end; }
    }

    /** The territory's row of its cohort's results, with the questions' texts. */
    static TerritoryEvaluation of(AssessmentResults results, TerritoryScores scores) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < results.questions().size(); i++) {
            answers.add(new Answer(i + 1, results.questions().get(i).text(), scores.midScores().get(i),
                    scores.endScores().get(i)));
        }
        return new TerritoryEvaluation(results.scaleMax(), scores, List.copyOf(answers));
    }

    public int getScaleMax() { return scaleMax; }
    public TerritoryScores getScores() { return scores; }
    public List<Answer> getAnswers() { return answers; }
}
