package org.parcours.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcours.domain.evaluation.SessionFeedbackTest.assertRefused;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class SelfAssessmentTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final List<String> NO_COMMENTS = Arrays.asList(null, null, null, null);

    private final Fixtures f = new Fixtures();
    private final AssessmentGrid grid = AssessmentGrid.withDefaults(f.cohort);

    SelfAssessmentTest() {
        Fixtures.withId(f.lens, 1L);
        Fixtures.withId(f.redon, 2L);
    }

    @Test
    void a_cohort_starts_with_the_four_default_questions_on_a_scale_of_four_both_rounds_closed() {
        assertThat(grid.getQuestions()).hasSize(4).containsExactlyElementsOf(AssessmentGrid.DEFAULT_QUESTIONS);
        assertThat(grid.getQuestions().get(0)).contains("besoins");
        assertThat(grid.getQuestions().get(1)).contains("partenaires");
        assertThat(grid.getQuestions().get(2)).contains("solutions");
        assertThat(grid.getQuestions().get(3)).contains("résultats");
        assertThat(grid.getScaleMax()).isEqualTo(4);
        assertThat(grid.isOpen(AssessmentRound.MID)).isFalse();
        assertThat(grid.isOpen(AssessmentRound.END)).isFalse();
    }

    @Test
    void facilitators_edit_the_questions_until_the_first_answer_then_they_are_frozen() {
        grid.rewrite(List.of("Besoins ?", " ", "Partenaires ?"), 5);
        assertThat(grid.getQuestions()).containsExactly("Besoins ?", "Partenaires ?");
        assertThat(grid.getScaleMax()).isEqualTo(5);
        assertRefused(() -> grid.rewrite(List.of(" "), 5), "questions", "evaluation.grid.count");
        assertRefused(() -> grid.rewrite(List.of("Q"), 3), "scaleMax", "evaluation.grid.scale.invalid");
        assertRefused(() -> grid.rewrite(List.of("Q", "x".repeat(301)), 4), "questions.1.text", "field.tooLong");

        grid.open(AssessmentRound.MID);
        SelfAssessment.fill(grid, f.redon, AssessmentRound.MID, List.of(5, 4), Arrays.asList(null, "Bien"), f.claire, NOW);
        assertThat(grid.isAnswered()).isTrue();
        assertRefused(() -> grid.rewrite(List.of("Autre"), 4), "questions", "evaluation.grid.frozen");
        assertThat(grid.getQuestions()).containsExactly("Besoins ?", "Partenaires ?");
    }

    @Test
    void a_team_answers_only_while_its_round_is_open_and_only_in_its_cohort() {
        assertRefused(() -> SelfAssessment.fill(grid, f.redon, AssessmentRound.MID, List.of(1, 2, 3, 4), NO_COMMENTS,
                f.claire, NOW), null, "evaluation.assessment.closed");
        grid.open(AssessmentRound.MID);
        Territory nantes = Fixtures.withId(new Territory("Nantes", TerritoryKind.MUNICIPALITY, "Pays de la Loire"), 3L);
        assertRefused(() -> SelfAssessment.fill(grid, nantes, AssessmentRound.MID, List.of(1, 2, 3, 4), NO_COMMENTS,
                f.claire, NOW), null, "evaluation.assessment.notInCohort");

        SelfAssessment mid = SelfAssessment.fill(grid, f.redon, AssessmentRound.MID, List.of(1, 2, 3, 4), NO_COMMENTS,
                f.claire, NOW);
        mid.revise(List.of(2, 2, 3, 4), Arrays.asList("Diagnostic partagé", null, null, null), f.claire, NOW);
        assertThat(mid.total()).isEqualTo(11);
        assertThat(mid.getAnswers().get(0).getComment()).isEqualTo("Diagnostic partagé");
        grid.close(AssessmentRound.MID);
        assertRefused(() -> mid.revise(List.of(4, 4, 4, 4), NO_COMMENTS, f.claire, NOW), null, "evaluation.assessment.closed");
    }

    @Test
    void scores_stay_on_the_grid_scale_and_every_question_is_answered() {
        grid.open(AssessmentRound.END);
        assertRefused(() -> SelfAssessment.fill(grid, f.lens, AssessmentRound.END, List.of(1, 2, 5, 4), NO_COMMENTS,
                f.claire, NOW), "answers.2.score", "evaluation.score.range");
        assertRefused(() -> SelfAssessment.fill(grid, f.lens, AssessmentRound.END, Arrays.asList(1, null, 3, 4),
                NO_COMMENTS, f.claire, NOW), "answers.1.score", "field.required");
        assertThatThrownBy(() -> SelfAssessment.fill(grid, f.lens, AssessmentRound.END, List.of(1, 2, 3), NO_COMMENTS,
                f.claire, NOW)).isInstanceOf(StaleEditException.class);
        assertThat(grid.isAnswered()).isFalse();
    }

    @Test
    void results_compare_mid_path_and_end_per_territory_and_per_question() {
        grid.open(AssessmentRound.MID);
        grid.open(AssessmentRound.END);
        SelfAssessment redonMid = SelfAssessment.fill(grid, f.redon, AssessmentRound.MID, List.of(1, 2, 2, 1),
                NO_COMMENTS, f.claire, NOW);
        SelfAssessment redonEnd = SelfAssessment.fill(grid, f.redon, AssessmentRound.END, List.of(3, 3, 4, 2),
                NO_COMMENTS, f.claire, NOW);
        SelfAssessment lensMid = SelfAssessment.fill(grid, f.lens, AssessmentRound.MID, List.of(2, 3, 2, 2),
                NO_COMMENTS, f.claire, NOW);

        AssessmentResults results = AssessmentResults.of(grid, f.cohort.getTerritories(), List.of(redonMid, redonEnd, lensMid));

        assertThat(results.territories()).extracting(TerritoryScores::territoryName).containsExactly("Lens", "Pays de Redon");
        TerritoryScores lens = results.territories().get(0);
        TerritoryScores redon = results.territories().get(1);
        assertThat(redon.mid().getValue()).hasToString("1.50");
        assertThat(redon.end().getValue()).hasToString("3.00");
        assertThat(redon.progress()).hasToString("1.50");
        assertThat(redon.midScores()).containsExactly(1, 2, 2, 1);
        assertThat(lens.mid().getValue()).hasToString("2.25");
        assertThat(lens.end().isEmpty()).isTrue();
        assertThat(lens.progress()).isNull();
        assertThat(lens.endScores()).containsOnlyNulls();

        assertThat(results.questions()).hasSize(4);
        assertThat(results.questions().get(1).mid().getValue()).hasToString("2.50");
        assertThat(results.questions().get(1).end().getValue()).hasToString("3.00");
        assertThat(results.mid()).isEqualTo(Average.of(15, 8));
        assertThat(results.end()).isEqualTo(Average.of(12, 4));
        assertThat(results.scaleMax()).isEqualTo(4);
    }
}
