package org.parcours.domain.codev;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.parcours.domain.RuleViolation;

/** How many minutes each step lasts in one session: the usual upper timing unless the animateur adjusts it. */
@Embeddable
public class StepDurations implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MIN = 1;
    public static final int MAX = 60;

    @Column(name = "minutes_presentation", nullable = false)
    private int presentation;
    @Column(name = "minutes_clarification", nullable = false)
    private int clarification;
    @Column(name = "minutes_contract", nullable = false)
    private int contract;
    @Column(name = "minutes_consultation", nullable = false)
    private int consultation;
    @Column(name = "minutes_action_plan", nullable = false)
    private int actionPlan;
    @Column(name = "minutes_learnings", nullable = false)
    private int learnings;

    protected StepDurations() {
        // for JPA
    }

    public static StepDurations usual() {
        Map<CoDevStep, Integer> minutes = new EnumMap<>(CoDevStep.class);
        for (CoDevStep step : CoDevStep.values()) {
            minutes.put(step, step.usualMaxMinutes());
        }
        return of(minutes);
    }

    /** Every step needs a duration between {@link #MIN} and {@link #MAX} minutes. */
    public static StepDurations of(Map<CoDevStep, Integer> minutes) {
        for (CoDevStep step : CoDevStep.values()) {
            Integer value = minutes.get(step);
            String field = "minutes." + step.ordinal();
            if (value == null) {
                throw new RuleViolation(field, "field.required");
            }
            if (value < MIN || value > MAX) {
                throw new RuleViolation(field, "codev.step.minutes.range", MIN, MAX);
            }
        }
        StepDurations d = new StepDurations();
        d.presentation = minutes.get(CoDevStep.PRESENTATION);
        d.clarification = minutes.get(CoDevStep.CLARIFICATION);
        d.contract = minutes.get(CoDevStep.CONTRACT);
        d.consultation = minutes.get(CoDevStep.CONSULTATION);
        d.actionPlan = minutes.get(CoDevStep.ACTION_PLAN);
        d.learnings = minutes.get(CoDevStep.LEARNINGS);
        return d;
    }

    public int minutes(CoDevStep step) {
        return switch (step) {
            case PRESENTATION -> presentation;
            case CLARIFICATION -> clarification;
            case CONTRACT -> contract;
            case CONSULTATION -> consultation;
            case ACTION_PLAN -> actionPlan;
            case LEARNINGS -> learnings;
        };
    }

    public Map<CoDevStep, Integer> asMap() {
        Map<CoDevStep, Integer> map = new EnumMap<>(CoDevStep.class);
        for (CoDevStep step : CoDevStep.values()) {
            map.put(step, minutes(step));
        }
        return map;
    }

    public int total() {
        return presentation + clarification + contract + consultation + actionPlan + learnings;
    }
}
