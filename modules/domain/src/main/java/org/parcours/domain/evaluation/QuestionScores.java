package org.parcours.domain.evaluation;

import java.io.Serializable;

/** One question of the grid across the cohort's territories: its average at mid-path and at the end. */
public record QuestionScores(int position, String text, Average mid, Average end) implements Serializable {

    public int getPosition() { return position; }
    public String getText() { return text; }
    public Average getMid() { return mid; }
    public Average getEnd() { return end; }
}
