package org.parcours.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

    /** Claims as the job_run table does: the first claim of a job and period wins. */
    private final Set<String> claimed = new HashSet<>();
    private final List<LocalDate> applied = new ArrayList<>();

    private RetentionJob instance() {
        RetentionJob job = new RetentionJob();
        job.claims = (name, period) -> claimed.add(name + "/" + period);
        job.retention = new Retention() {
            @Override
            public int apply(LocalDate today) {
                applied.add(today);
                return 0;
            }
        };
        return job;
    }

    @Test
    void the_instance_that_claims_the_day_applies_the_period_and_the_others_do_nothing() {
        LocalDate day = LocalDate.of(2026, 11, 26);
        RetentionJob first = instance();
        RetentionJob second = instance();

        assertThat(first.runFor(day)).isTrue();
        assertThat(second.runFor(day)).isFalse();
        assertThat(first.runFor(day)).isFalse();
        assertThat(applied).containsExactly(day);

        assertThat(second.runFor(day.plusDays(1))).isTrue();
        assertThat(applied).containsExactly(day, day.plusDays(1));
        assertThat(claimed).containsExactlyInAnyOrder("privacy-retention/2026-11-26", "privacy-retention/2026-11-27");
    }

    @Test
    void a_failing_run_keeps_its_claim_so_that_it_is_not_retried_by_another_instance_the_same_day() {
        RetentionJob job = instance();
        job.retention = new Retention() {
            @Override
            public int apply(LocalDate today) {
                throw new IllegalStateException("database down");
            }
        };
        assertThat(job.runFor(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(instance().runFor(LocalDate.of(2026, 11, 26))).isFalse();
    }
}
