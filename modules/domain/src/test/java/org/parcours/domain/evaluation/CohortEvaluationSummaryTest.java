package org.parcours.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CohortEvaluationSummaryTest {

    @Test
    void progress_is_the_end_minus_mid_path_once_both_rounds_have_scores() {
        CohortEvaluationSummary both = new CohortEvaluationSummary(1, "Cohorte", 5, Average.of(12, 5), Average.of(17, 5),
                Average.NONE, Average.NONE);
        assertThat(both.progress()).isEqualByComparingTo(new BigDecimal("1.00"));
        CohortEvaluationSummary midOnly = new CohortEvaluationSummary(1, "Cohorte", 5, Average.of(12, 5), Average.NONE,
                Average.NONE, Average.NONE);
        assertThat(midOnly.progress()).isNull();
        assertThat(midOnly.getMid().getValue()).isEqualByComparingTo(new BigDecimal("2.40"));
    }

    @Test
    void a_change_is_taken_between_the_averages_as_shown_and_may_be_negative() {
        assertThat(Average.of(10, 3).changeTo(Average.of(7, 3))).isEqualByComparingTo(new BigDecimal("-1.00"));
        assertThat(Average.of(10, 3).changeTo(Average.NONE)).isNull();
        assertThat(Average.NONE.changeTo(Average.of(7, 3))).isNull();
    }
}
