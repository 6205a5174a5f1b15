package org.parcours.application.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.parcours.domain.evaluation.Questionnaire;

/** A participant's answer to a session's questionnaire, as typed. */
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Min(Questionnaire.SCORE_MIN)
    @Max(Questionnaire.SCORE_MAX)
    private Integer usefulness;

    @NotNull
    @Min(Questionnaire.SCORE_MIN)
    @Max(Questionnaire.SCORE_MAX)
    private Integer satisfaction;

    @Size(max = Questionnaire.TO_APPLY_MAX)
    private String toApply;

    public Integer getUsefulness() { return usefulness; }
    public void setUsefulness(Integer usefulness) { this.usefulness = usefulness; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public String getToApply() { return toApply; }
    public void setToApply(String toApply) { this.toApply = toApply; }
}
