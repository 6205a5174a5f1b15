package org.parcours.domain.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class WorkTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 8);
    private final Fixtures f = new Fixtures();
    private final Instant due = ParisTime.at(DAY.plusDays(7), LocalTime.of(18, 0));

    private Session individualWork() {
        Session session = new Session(f.cohort, new SessionPlan("Travaux", SessionKind.INDIVIDUAL_WORK,
                SessionFormat.REMOTE, null, null, "https://visio.example.org/t", null),
                new SessionTiming(ParisTime.at(DAY, LocalTime.of(14, 0)), ParisTime.at(DAY, LocalTime.of(17, 0))));
        session.involve(false, List.of(f.lens), List.of(f.claire));
        return session;
    }

    @Test
    void work_handed_in_after_the_due_date_is_late() {
        Assignment assignment = new Assignment(individualWork(), "Décrivez vos besoins.", due);
        Submission onTime = new Submission(assignment, f.lens);
        onTime.handIn("Nos besoins", List.of(), "marc", due.minusSeconds(60));
        assertThat(onTime.isLate()).isFalse();
        onTime.handIn("Nos besoins, complétés", List.of(), "marc", due.plusSeconds(60));
        assertThat(onTime.isLate()).isTrue();
        assertThat(onTime.getText()).isEqualTo("Nos besoins, complétés");
    }

    @Test
    void only_individual_work_carries_an_assignment_and_only_its_territories_hand_in() {
        Session workshop = f.workshop(DAY, 9, 12);
        assertThatThrownBy(() -> new Assignment(workshop, "Consigne", due)).isInstanceOf(RuleViolation.class);
        Assignment assignment = new Assignment(individualWork(), "Consigne", due);
        Territory redon = f.redon; // not taking part in this session
        assertThatThrownBy(() -> new Submission(assignment, redon)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Assignment(individualWork(), " ", due))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("instructions"));
        assertThat(new Territory("X", TerritoryKind.REGION, "Y").getName()).isEqualTo("X");
    }

    @Test
    void an_empty_submission_is_refused_and_feedback_is_kept() {
        Submission submission = new Submission(new Assignment(individualWork(), "Consigne", due), f.lens);
        assertThatThrownBy(() -> submission.handIn("  ", List.of(), "marc", due))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("text"));
        submission.handIn(null, List.of(new Attachment("abc", "../../etc/passwd.pdf", FileType.PDF, 10)), "marc", due);
        assertThat(submission.getAttachments()).singleElement()
                .satisfies(a -> assertThat(a.getFileName()).isEqualTo("passwd.pdf"));
        submission.giveFeedback("Très clair.", "Claire Moreau", due.plusSeconds(3600));
        assertThat(submission.getFeedback()).isEqualTo("Très clair.");
    }
}
