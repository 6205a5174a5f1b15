package org.parcours.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: each virtual user, on its own platform thread of a fixed pool, sends the page's
 * request again as soon as the previous answer has arrived, for a fixed time.
 */
final class Load {

    private Load() {
    }

    /** What a run measured: requests, wrong answers (by reason), and each request's latency in nanoseconds. */
    record Result(long requests, long errors, Map<String, Long> errorReasons, long[] latencies, double seconds) {

        double throughput() {
            return requests / seconds;
        }

        /** The latency below which this share of requests answered, in milliseconds. */
        double percentileMillis(double share) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(share * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }
    }

    static Result run(Page page, List<VirtualUser> users, Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> reasons = new ConcurrentHashMap<>();
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (VirtualUser user : users) {
            futures.add(pool.submit(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    String wrong;
                    try {
                        wrong = user.call(page);
                    } catch (java.io.IOException e) {
                        wrong = e.getClass().getSimpleName();
                    }
                    long elapsed = System.nanoTime() - t0;
                    if (wrong != null) {
                        errors.incrementAndGet();
                        reasons.merge(wrong, 1L, Long::sum);
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = elapsed;
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> future : futures) {
            try {
                parts.add(future.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A virtual user failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length, errors.get(), Map.copyOf(reasons), all, seconds);
    }
}
