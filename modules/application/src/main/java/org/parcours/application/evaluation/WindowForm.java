package org.parcours.application.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.parcours.domain.cohort.Cohort;

/** How many days a cohort's session questionnaires stay open, as typed by a facilitator. */
public class WindowForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Min(value = Cohort.MIN_QUESTIONNAIRE_DAYS, message = "{parcours.questionnaireDays.range}")
    @Max(value = Cohort.MAX_QUESTIONNAIRE_DAYS, message = "{parcours.questionnaireDays.range}")
    private Integer days;

    public static WindowForm of(Cohort cohort) {
        WindowForm form = new WindowForm();
        form.days = cohort.getQuestionnaireDays();
        return form;
    }

    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
}
