package org.parcours.domain.codev;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/**
 * What the client commits to at the end of the action plan, by a due date, and what they later report
 * became of it. Planned once at step 5 and reported once afterwards: each change makes a new value, so a
 * session holds either no commitment or a complete one. Kept apart from the session because its follow-up
 * lives on after the session ends.
 */
@Embeddable
public class Commitment implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = CoDevSession.SHORT_MAX;

    @Column(name = "commitment", length = TEXT_MAX)
    private String text;

    @Column(name = "commitment_due")
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_outcome", length = 16)
    private CommitmentOutcome outcome;

    @Column(name = "commitment_comment", length = TEXT_MAX)
    private String comment;

    @Column(name = "commitment_reported_at")
    private Instant reportedAt;

    protected Commitment() {
        // for JPA
    }

    /** A commitment with its text and a due date no earlier than the day of the session it was made at. */
    public static Commitment planned(String text, LocalDate due, LocalDate sessionDay) {
        String checked = Text.required(text, TEXT_MAX, "commitment");
        if (due == null) {
            throw new RuleViolation("commitmentDue", "field.required");
        }
        if (due.isBefore(sessionDay)) {
            throw new RuleViolation("commitmentDue", "codev.commitment.dueBeforeSession");
        }
        Commitment c = new Commitment();
        c.text = checked;
        c.due = due;
        return c;
    }

    /** The same commitment with what became of it, said once, with an optional comment. */
    public Commitment reported(CommitmentOutcome what, String remark, Instant now) {
        if (outcome != null) {
            throw new RuleViolation("outcome", "codev.commitment.alreadyReported");
        }
        if (what == null) {
            throw new RuleViolation("outcome", "field.required");
        }
        Commitment c = new Commitment();
        c.text = text;
        c.due = due;
        c.comment = Text.optional(remark, TEXT_MAX, "comment");
        c.outcome = what;
        c.reportedAt = now;
        return c;
    }

    /** Its due date passed (before {@code today}) without a report. */
    public boolean isOverdue(LocalDate today) {
        return outcome == null && due.isBefore(today);
    }

    public String getText() {
        return text;
    }

    public LocalDate getDue() {
        return due;
    }

    /** What became of it, or {@code null} while not reported. */
    public CommitmentOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    @Override
    public String toString() {
        return "Commitment[" + due + ", " + outcome + "]";
    }
}
