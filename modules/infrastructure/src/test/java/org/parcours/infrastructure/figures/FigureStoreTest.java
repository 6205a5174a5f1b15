package org.parcours.infrastructure.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FigureStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final FigureStore kept = new FigureStore(Duration.ofSeconds(60), nanos::get);
    private final AtomicInteger computations = new AtomicInteger();

    private Integer compute() {
        return computations.incrementAndGet();
    }

    @Test
    void the_same_question_is_answered_once_while_kept() {
        assertThat((Integer) kept.get(List.of("alerts", 1L), this::compute)).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat((Integer) kept.get(List.of("alerts", 1L), this::compute)).isEqualTo(1);
        assertThat((Integer) kept.get(List.of("alerts", 2L), this::compute)).as("another question").isEqualTo(2);
    }

    @Test
    void figures_expire_after_the_keeping_time() {
        kept.get(List.of("trend", 1L), this::compute);
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat((Integer) kept.get(List.of("trend", 1L), this::compute)).isEqualTo(2);
    }

    @Test
    void a_changed_fact_makes_every_kept_figure_go() {
        kept.get(List.of("trend", 1L), this::compute);
        kept.forget();
        assertThat((Integer) kept.get(List.of("trend", 1L), this::compute)).isEqualTo(2);
    }

    @Test
    void figures_computed_while_a_fact_changed_are_not_served_after_the_change() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<Integer> before = CompletableFuture.supplyAsync(() -> kept.get(List.of("cohorts"), () -> {
            computing.countDown();
            await(changed);
            return compute();
        }));
        computing.await(5, TimeUnit.SECONDS);
        kept.forget(); // a commit while the figures were being read
        changed.countDown();
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat((Integer) kept.get(List.of("cohorts"), this::compute)).isEqualTo(2);
    }

    @Test
    void nothing_is_kept_when_the_keeping_time_is_zero() {
        FigureStore never = new FigureStore(Duration.ZERO, nanos::get);
        never.get(List.of("count"), this::compute);
        assertThat((Integer) never.get(List.of("count"), this::compute)).isEqualTo(2);
    }

    @Test
    void writes_to_what_no_dashboard_counts_keep_the_figures() {
        assertThat(FactsListener.NOT_FACTS).contains(org.parcours.domain.audit.AuditEvent.class,
                org.parcours.domain.exchange.Post.class)
                .doesNotContain(org.parcours.domain.attendance.Attendance.class,
                        org.parcours.domain.resource.ResourceMark.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
