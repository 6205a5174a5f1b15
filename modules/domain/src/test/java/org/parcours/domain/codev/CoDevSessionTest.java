package org.parcours.domain.codev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.territory.Member;

class CoDevSessionTest {

    private static final Instant NOW = Instant.parse("2026-10-06T12:00:00Z");

    private final CoDevFixtures f = new CoDevFixtures();
    private final CoDevGroup group = f.group(5);
    private final List<Member> m = f.members;
    private final CoDevSession session = new CoDevSession(group, f.scheduleSession(CoDevFixtures.DAY));

    private void startWithClient0() {
        session.chooseClient(m.get(0), List.of());
        session.submitSubject("Faire vivre un tiers-lieu sans subvention de fonctionnement", NOW);
        session.start(m.subList(0, 4), NOW);
    }

    @Test
    void a_session_starts_only_with_a_client_a_subject_and_the_client_present() {
        assertThatThrownBy(() -> session.start(m.subList(0, 4), NOW)).extracting("messageKey").isEqualTo("codev.client.none");
        session.chooseClient(m.get(0), List.of());
        assertThatThrownBy(() -> session.start(m.subList(0, 4), NOW)).extracting("messageKey")
                .isEqualTo("codev.subject.required");
        session.submitSubject("Un vrai problème", NOW);
        assertThatThrownBy(() -> session.start(m.subList(1, 4), NOW)).extracting("messageKey")
                .isEqualTo("codev.start.clientAbsent");
        session.start(m.subList(0, 4), NOW);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.RUNNING);
        assertThat(session.getCurrentStep()).isEqualTo(CoDevStep.PRESENTATION);
        assertThat(session.getParticipants()).hasSize(4);
        assertThat(session.stepEndsAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void the_client_follows_the_rotation() {
        assertThatThrownBy(() -> session.chooseClient(m.get(1), List.of(m.get(1))))
                .extracting("messageKey").isEqualTo("codev.client.alreadyClient");
    }

    @Test
    void steps_go_in_order_and_content_is_captured_at_its_own_step_only() {
        startWithClient0();
        assertThatThrownBy(() -> session.agreeContract("Demande", "Contrat")).extracting("messageKey")
                .isEqualTo("codev.step.wrong");
        session.advance(NOW);
        assertThat(session.getCurrentStep()).isEqualTo(CoDevStep.CLARIFICATION);
        assertThatThrownBy(() -> session.suggest(m.get(1), "Un conseil")).extracting("messageKey")
                .isEqualTo("codev.step.wrong");
        session.advance(NOW);
        assertThat(session.getCurrentStep()).isEqualTo(CoDevStep.CONTRACT);
        // The contract is needed before the consultation.
        assertThatThrownBy(() -> session.advance(NOW)).extracting("messageKey").isEqualTo("codev.contract.required");
        session.agreeContract("Comment financer l'animation ?", "Des pistes concrètes, pas de jugement");
        session.advance(NOW);
        assertThat(session.getCurrentStep()).isEqualTo(CoDevStep.CONSULTATION);
        session.suggest(m.get(1), "Mutualiser un poste avec la ressourcerie");
        assertThatThrownBy(() -> session.suggest(m.get(0), "Moi-même")).extracting("messageKey")
                .isEqualTo("codev.suggestion.byClient");
        assertThatThrownBy(() -> session.suggest(m.get(4), "Absent")).extracting("messageKey")
                .isEqualTo("codev.member.notParticipant");
        session.advance(NOW);
        assertThat(session.getCurrentStep()).isEqualTo(CoDevStep.ACTION_PLAN);
        assertThatThrownBy(() -> session.advance(NOW)).extracting("messageKey").isEqualTo("codev.commitment.required");
        assertThatThrownBy(() -> session.planAction("Plan", "Rencontrer", CoDevFixtures.DAY.minusDays(1)))
                .extracting("messageKey").isEqualTo("codev.commitment.dueBeforeSession");
        session.planAction("Rencontrer la ressourcerie", "Un rendez-vous pris", CoDevFixtures.DAY.plusDays(30));
        session.advance(NOW);
        assertThat(session.getCurrentStep()).isEqualTo(CoDevStep.LEARNINGS);
        session.noteLearning(m.get(2), "La mutualisation", true);
        session.noteLearning(m.get(2), "La mutualisation des postes", false);
        session.advance(NOW);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.FINISHED);
        assertThat(session.getCurrentStep()).isNull();
        assertThat(session.getLearnings()).singleElement()
                .satisfies(l -> assertThat(l.getText()).isEqualTo("La mutualisation des postes"))
                .satisfies(l -> assertThat(l.isShareable()).isFalse());
        assertThatThrownBy(() -> session.advance(NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void step_durations_are_adjustable_within_bounds() {
        Map<CoDevStep, Integer> minutes = new EnumMap<>(StepDurations.usual().asMap());
        minutes.put(CoDevStep.CONSULTATION, 25);
        session.adjustDurations(StepDurations.of(minutes));
        assertThat(session.getDurations().minutes(CoDevStep.CONSULTATION)).isEqualTo(25);
        minutes.put(CoDevStep.CLARIFICATION, 0);
        assertThatThrownBy(() -> StepDurations.of(minutes)).extracting("field").isEqualTo("minutes.1");
    }

    @Test
    void the_commitment_is_followed_up_once_and_shows_overdue_until_then() {
        startWithClient0();
        assertThatThrownBy(() -> session.reportCommitment(CommitmentOutcome.DONE, null, NOW))
                .extracting("messageKey").isEqualTo("codev.session.notFinished");
        for (int i = 0; i < 2; i++) {
            session.advance(NOW);
        }
        session.agreeContract("Demande", "Contrat");
        session.advance(NOW);
        session.advance(NOW);
        LocalDate due = CoDevFixtures.DAY.plusDays(14);
        session.planAction("Plan", "Réunir les élus", due);
        session.advance(NOW);
        session.advance(NOW);
        assertThat(session.isCommitmentOverdue(due)).isFalse();
        assertThat(session.isCommitmentOverdue(due.plusDays(1))).isTrue();
        session.reportCommitment(CommitmentOutcome.PARTLY, "Une réunion sur deux", NOW);
        assertThat(session.isCommitmentOverdue(due.plusDays(1))).isFalse();
        assertThat(session.getCommitment().getOutcome()).isEqualTo(CommitmentOutcome.PARTLY);
        assertThatThrownBy(() -> session.reportCommitment(CommitmentOutcome.DONE, null, NOW))
                .extracting("messageKey").isEqualTo("codev.commitment.alreadyReported");
    }

    @Test
    void members_pitch_subjects_and_vote_before_the_session() {
        session.pitch(m.get(1), "Sujet de 1");
        session.pitch(m.get(2), "Sujet de 2");
        session.vote(m.get(0), m.get(2));
        session.vote(m.get(3), m.get(2));
        session.vote(m.get(3), m.get(1));
        assertThat(session.votesFor(m.get(1))).isEqualTo(1);
        assertThat(session.votesFor(m.get(2))).isEqualTo(1);
        assertThatThrownBy(() -> session.vote(m.get(0), m.get(4))).extracting("messageKey").isEqualTo("codev.vote.noPitch");
        assertThatThrownBy(() -> session.pitch(m.get(6), "Pas du groupe")).extracting("messageKey")
                .isEqualTo("codev.member.notInGroup");
    }
}
