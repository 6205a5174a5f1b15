package org.parcours.application.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.evaluation.AssessmentGrid;

/** A cohort's self-assessment questions and scale, as edited by its facilitators. */
public class GridForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One question's line in the form. */
    public static class Question implements Serializable {
        private static final long serialVersionUID = 1L;

        @Size(max = AssessmentGrid.QUESTION_MAX)
        private String text;

        public Question() {
        }

        public Question(String text) {
            this.text = text;
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    private long version;

    @NotNull
    @Min(4)
    @Max(5)
    private Integer scaleMax;

    @Valid
    private List<Question> questions = new ArrayList<>();

    public static GridForm of(AssessmentGrid grid) {
        GridForm form = new GridForm();
        form.version = grid.getVersion();
        form.scaleMax = grid.getScaleMax();
        grid.getQuestions().forEach(q -> form.questions.add(new Question(q)));
        return form;
    }

    List<String> texts() {
        return questions.stream().map(Question::getText).toList();
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Integer getScaleMax() { return scaleMax; }
    public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }
    public List<Question> getQuestions() { return questions; }
    public void setQuestions(List<Question> questions) { this.questions = questions; }
}
