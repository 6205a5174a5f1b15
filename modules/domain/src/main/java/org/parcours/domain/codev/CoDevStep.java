package org.parcours.domain.codev;

/**
 * The six steps of a co-development session, in their order, with their usual timing in minutes.
 * Each step's rule is shown on screen (message key {@code codev.step.<NAME>.rule}).
 */
public enum CoDevStep {
    /** The client presents a real, current problem, uninterrupted. */
    PRESENTATION(5, 10),
    /** Clarifying questions: facts only, no advice. */
    CLARIFICATION(10, 15),
    /** The client states the request; the group agrees on the consultation contract. */
    CONTRACT(5, 10),
    /** Reactions, hypotheses, testimonies, suggestions; the client listens. */
    CONSULTATION(20, 30),
    /** The client's synthesis and action plan, with a commitment and a deadline. */
    ACTION_PLAN(10, 15),
    /** Learnings and evaluation, everyone. */
    LEARNINGS(10, 15);

    private final int usualMinMinutes;
    private final int usualMaxMinutes;

    CoDevStep(int usualMinMinutes, int usualMaxMinutes) {
        this.usualMinMinutes = usualMinMinutes;
        this.usualMaxMinutes = usualMaxMinutes;
    }

    public int usualMinMinutes() {
        return usualMinMinutes;
    }

    public int usualMaxMinutes() {
        return usualMaxMinutes;
    }

    /** Its position, from 1 to 6, as people count them. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step after this one, or {@code null} after the last. */
    public CoDevStep next() {
        CoDevStep[] steps = values();
        return ordinal() + 1 < steps.length ? steps[ordinal() + 1] : null;
    }

    public String getName() {
        return name();
    }
}
