package org.parcours.infrastructure.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Figures computed once and served again until the facts change or the keeping time passes (zero:
 * computed every time). Each kept value is tagged with the generation of the facts it was computed
 * from: {@link #forget()} starts a new generation, so nothing computed before it is served after it,
 * even when its computation was still running. Kept values must be immutable.
 *
 * <p>A plain object, not a CDI bean: the decorators call their delegate from inside {@link #get}, and a
 * call through another bean's proxy in between would make the container decorate that delegate call
 * again.
 */
public final class FigureStore {

    /** Bound on the number of kept answers (one per dashboard question: a cohort, a filter, a page). */
    static final long MAX_KEPT = 5_000;

    private final boolean keeping;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<List<Object>, Object> kept;

    FigureStore(Duration keep, Ticker ticker) {
        keeping = keep.compareTo(Duration.ZERO) > 0;
        kept = Caffeine.newBuilder().maximumSize(MAX_KEPT).expireAfterWrite(keep).ticker(ticker).build();
    }

    /**
     * The answer to {@code question} (a list of the method and its arguments), computed by
     * {@code compute} unless it was computed from the current facts less than the keeping time ago.
     * Concurrent askers of the same question wait for one computation.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> question, Supplier<T> compute) {
        if (!keeping) {
            return compute.get();
        }
        List<Object> key = List.of(generation.get(), question);
        return (T) kept.get(key, k -> compute.get());
    }

    /** Forgets every kept figure. */
    public void forget() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }
}
