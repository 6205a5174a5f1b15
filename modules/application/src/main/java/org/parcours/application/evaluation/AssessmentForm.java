package org.parcours.application.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.evaluation.AssessmentAnswer;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.SelfAssessment;

/** A team's answers for one round, one line per question of the grid. */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The answer to one question. */
    public static class Answer implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull
        @Min(1)
        @Max(5)
        private Integer score;

        @Size(max = AssessmentAnswer.COMMENT_MAX)
        private String comment;

        public Integer getScore() { return score; }
        public void setScore(Integer score) { this.score = score; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    /** The version of the team's assessment the form was filled from (-1: none yet). */
    private long version = -1;

    @Valid
    @NotNull
    private List<Answer> answers = new ArrayList<>();

    /** An empty form for the grid, or the team's current answers. */
    public static AssessmentForm of(AssessmentGrid grid, SelfAssessment current) {
        AssessmentForm form = new AssessmentForm();
        for (int i = 0; i < grid.getQuestions().size(); i++) {
            Answer answer = new Answer();
            if (current != null && i < current.getAnswers().size()) {
                answer.score = current.getAnswers().get(i).getScore();
                answer.comment = current.getAnswers().get(i).getComment();
            }
            form.answers.add(answer);
        }
        form.version = current == null ? -1 : current.getVersion();
        return form;
    }

    List<Integer> scores() {
        return answers.stream().map(Answer::getScore).toList();
    }

    List<String> comments() {
        return answers.stream().map(Answer::getComment).toList();
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<Answer> getAnswers() { return answers; }
    public void setAnswers(List<Answer> answers) { this.answers = answers; }
}
