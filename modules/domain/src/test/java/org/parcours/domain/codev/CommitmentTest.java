package org.parcours.domain.codev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2026, 10, 6);
    private static final Instant NOW = Instant.parse("2026-11-03T12:00:00Z");

    @Test
    void a_commitment_needs_a_text_and_a_due_date_not_before_the_session() {
        assertThatThrownBy(() -> Commitment.planned(" ", SESSION_DAY, SESSION_DAY))
                .extracting("field", "messageKey").containsExactly("commitment", "field.required");
        assertThatThrownBy(() -> Commitment.planned("x".repeat(Commitment.TEXT_MAX + 1), SESSION_DAY, SESSION_DAY))
                .extracting("field").isEqualTo("commitment");
        assertThatThrownBy(() -> Commitment.planned("Réunir les élus", null, SESSION_DAY))
                .extracting("field", "messageKey").containsExactly("commitmentDue", "field.required");
        assertThatThrownBy(() -> Commitment.planned("Réunir les élus", SESSION_DAY.minusDays(1), SESSION_DAY))
                .extracting("field", "messageKey").containsExactly("commitmentDue", "codev.commitment.dueBeforeSession");
        Commitment c = Commitment.planned("  Réunir les élus ", SESSION_DAY, SESSION_DAY);
        assertThat(c.getText()).isEqualTo("Réunir les élus");
        assertThat(c.getDue()).isEqualTo(SESSION_DAY);
        assertThat(c.getOutcome()).isNull();
        assertThat(c.getReportedAt()).isNull();
    }

    @Test
    void it_is_reported_once_with_an_outcome_and_an_optional_comment() {
        Commitment planned = Commitment.planned("Réunir les élus", SESSION_DAY.plusDays(14), SESSION_DAY);
        assertThatThrownBy(() -> planned.reported(null, "Rien", NOW))
                .extracting("field", "messageKey").containsExactly("outcome", "field.required");
        Commitment reported = planned.reported(CommitmentOutcome.PARTLY, "Une réunion sur deux", NOW);
        assertThat(reported.getText()).isEqualTo("Réunir les élus");
        assertThat(reported.getDue()).isEqualTo(SESSION_DAY.plusDays(14));
        assertThat(reported.getOutcome()).isEqualTo(CommitmentOutcome.PARTLY);
        assertThat(reported.getComment()).isEqualTo("Une réunion sur deux");
        assertThat(reported.getReportedAt()).isEqualTo(NOW);
        assertThat(planned.getOutcome()).as("the planned value is left as it was").isNull();
        assertThatThrownBy(() -> reported.reported(CommitmentOutcome.DONE, null, NOW))
                .extracting("field", "messageKey").containsExactly("outcome", "codev.commitment.alreadyReported");
        assertThat(planned.reported(CommitmentOutcome.NOT_DONE, "  ", NOW).getComment()).isNull();
    }

    @Test
    void it_is_overdue_after_its_due_day_until_reported() {
        LocalDate due = SESSION_DAY.plusDays(14);
        Commitment planned = Commitment.planned("Réunir les élus", due, SESSION_DAY);
        assertThat(planned.isOverdue(due)).isFalse();
        assertThat(planned.isOverdue(due.plusDays(1))).isTrue();
        assertThat(planned.reported(CommitmentOutcome.DONE, null, NOW).isOverdue(due.plusDays(1))).isFalse();
    }
}
