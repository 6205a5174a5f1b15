package org.parcours.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class SessionFeedbackTest {

    private final Fixtures f = new Fixtures();
    private final Session workshop = f.workshop(LocalDate.of(2026, 10, 6), 9, 12);
    private final Member anne = f.redon.addMember("Anne Rivière", EmailAddress.of("anne@redon.test", "email"),
            TeamRole.OFFICER, null);
    private final Instant justAfter = workshop.getEndsAt().plusSeconds(60);

    @Test
    void a_participant_answers_once_the_session_is_over_within_the_set_days() {
        SessionFeedback feedback = SessionFeedback.answer(workshop, anne, 4, 5, "  Cartographier les acteurs  ", justAfter);

        assertThat(feedback.getUsefulness()).isEqualTo(4);
        assertThat(feedback.getSatisfaction()).isEqualTo(5);
        assertThat(feedback.getToApply()).isEqualTo("Cartographier les acteurs");
        assertThat(feedback.getTerritory()).isSameAs(f.redon);
        assertThat(feedback.getMember()).isSameAs(anne);
        // The last moment still open, and "one thing to apply" is optional.
        Instant lastMinute = workshop.getEndsAt().plus(Questionnaire.OPEN_FOR).minusSeconds(1);
        assertThat(SessionFeedback.answer(workshop, anne, 1, 1, " ", lastMinute).getToApply()).isNull();
    }

    @Test
    void no_answer_before_the_end_nor_after_the_set_days() {
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 3, 3, null, workshop.getStartsAt()),
                null, "evaluation.feedback.notYetOpen");
        Instant closed = workshop.getEndsAt().plus(Duration.ofDays(Questionnaire.OPEN_DAYS));
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 3, 3, null, closed), null, "evaluation.feedback.closed");
    }

    @Test
    void only_members_of_the_teams_taking_part_answer() {
        Territory nantes = new Territory("Nantes", TerritoryKind.MUNICIPALITY, "Pays de la Loire");
        Member outsider = nantes.addMember("Olga", EmailAddress.of("olga@nantes.test", "email"), TeamRole.OFFICER, null);
        assertRefused(() -> SessionFeedback.answer(workshop, outsider, 3, 3, null, justAfter),
                null, "evaluation.feedback.notParticipant");

        workshop.involve(false, List.of(f.lens), List.of(f.claire));
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 3, 3, null, justAfter),
                null, "evaluation.feedback.notParticipant");
    }

    @Test
    void scores_stay_between_one_and_five_and_the_text_is_bounded() {
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 0, 3, null, justAfter), "usefulness", "evaluation.score.range");
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 3, 6, null, justAfter), "satisfaction", "evaluation.score.range");
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 3, 3, "x".repeat(501), justAfter), "toApply", "field.tooLong");
    }

    @Test
    void individual_work_and_cancelled_sessions_have_no_questionnaire() {
        Session work = f.workshop(LocalDate.of(2026, 10, 7), 9, 12);
        work.replan(new SessionPlan("Travail", SessionKind.INDIVIDUAL_WORK, SessionFormat.REMOTE, null, null, "https://visio.example.org/a", null));
        assertThat(Questionnaire.of(work).exists()).isFalse();
        assertRefused(() -> SessionFeedback.answer(work, anne, 3, 3, null, work.getEndsAt().plusSeconds(5)),
                null, "evaluation.feedback.none");

        workshop.cancel();
        assertThat(Questionnaire.of(workshop).isOpen(justAfter)).isFalse();
    }

    @Test
    void the_reminder_is_due_from_the_third_day_while_open() {
        Questionnaire questionnaire = Questionnaire.of(workshop);
        assertThat(questionnaire.isReminderDue(justAfter)).isFalse();
        assertThat(questionnaire.isReminderDue(workshop.getEndsAt().plus(Questionnaire.REMIND_AFTER))).isTrue();
        assertThat(questionnaire.isReminderDue(questionnaire.closesAt())).isFalse();
    }

    @Test
    void the_cohort_chooses_how_many_days_the_questionnaire_stays_open_and_the_reminder_follows() {
        f.cohort.chooseQuestionnaireDays(2);
        Questionnaire questionnaire = Questionnaire.of(workshop);
        assertThat(questionnaire.closesAt()).isEqualTo(workshop.getEndsAt().plus(Duration.ofDays(2)));
        assertThat(questionnaire.isOpen(workshop.getEndsAt().plus(Duration.ofDays(2)).minusSeconds(1))).isTrue();
        assertRefused(() -> SessionFeedback.answer(workshop, anne, 3, 3, null, workshop.getEndsAt().plus(Duration.ofDays(2))),
                null, "evaluation.feedback.closed");
        // Halfway through a window shorter than six days: one day here, not three (it would be closed by then).
        assertThat(questionnaire.isReminderDue(workshop.getEndsAt().plus(Duration.ofHours(23)))).isFalse();
        assertThat(questionnaire.isReminderDue(workshop.getEndsAt().plus(Duration.ofDays(1)))).isTrue();

        f.cohort.chooseQuestionnaireDays(30);
        assertThat(Questionnaire.of(workshop).closesAt()).isEqualTo(workshop.getEndsAt().plus(Duration.ofDays(30)));
        assertThat(Questionnaire.of(workshop).remindAfter()).isEqualTo(Duration.ofDays(3));
        assertRefused(() -> f.cohort.chooseQuestionnaireDays(0), "days", "evaluation.window.range");
        assertRefused(() -> f.cohort.chooseQuestionnaireDays(31), "days", "evaluation.window.range");
        assertThat(f.cohort.getQuestionnaireDays()).isEqualTo(30);
    }

    @Test
    void an_average_is_exact_and_rounded_half_up_to_two_decimals() {
        Average average = Average.NONE.plus(4).plus(5).plus(4);
        assertThat(average.getValue()).hasToString("4.33");
        assertThat(Average.of(9, 2).getValue()).hasToString("4.50");
        assertThat(Average.of(5, 3).getValue()).hasToString("1.67");
        assertThat(Average.NONE.getValue()).isNull();
        assertThat(Average.of(3, 1).plus(Average.of(5, 1))).isEqualTo(Average.of(8, 2));
    }

    static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }
}
