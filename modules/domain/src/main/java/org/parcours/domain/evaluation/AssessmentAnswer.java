package org.parcours.domain.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/** A team's answer to one question of the grid: a score on the grid's scale and an optional comment. */
@Embeddable
public class AssessmentAnswer implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int COMMENT_MAX = 1000;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    protected AssessmentAnswer() {
        // for JPA
    }

    /** {@code field} names the answer's row in the form ("answers.2"), for the messages. */
    static AssessmentAnswer of(Integer score, String comment, int scaleMax, String field) {
        if (score == null) {
            throw new RuleViolation(field + ".score", "field.required");
        }
        if (score < 1 || score > scaleMax) {
            throw new RuleViolation(field + ".score", "evaluation.score.range", 1, scaleMax);
        }
        AssessmentAnswer answer = new AssessmentAnswer();
        answer.score = score;
        answer.comment = Text.optional(comment, COMMENT_MAX, field + ".comment");
        return answer;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
