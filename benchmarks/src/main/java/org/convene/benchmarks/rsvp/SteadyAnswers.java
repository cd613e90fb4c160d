package org.convene.benchmarks.rsvp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.convene.benchmarks.Latencies;

/**
 * Open-loop load: operations started at a fixed rate whatever the earlier ones do, each on a thread of its own; the
 * latency of each runs from its scheduled instant to its end, so a queue that builds up shows in the figures.
 */
final class SteadyAnswers {

    private SteadyAnswers() {
    }

    /** Latencies of the operations scheduled after {@code warmup}, at {@code perSecond} for {@code measured}. */
    static Latencies run(int perSecond, Duration warmup, Duration measured, LongConsumer operation) {
        long interval = 1_000_000_000L / perSecond;
        int warmupCount = (int) (warmup.toNanos() / interval);
        int total = warmupCount + (int) (measured.toNanos() / interval);
        long[] nanos = new long[total - warmupCount];
        List<CompletableFuture<Void>> running = new ArrayList<>(total);
        try (ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime() + interval;
            for (int index = 0; index < total; index++) {
                int sequence = index;
                long due = start + index * interval;
                CompletableFuture<Void> done = new CompletableFuture<>();
                running.add(done);
                clock.schedule(() -> threads.execute(() -> {
                    try {
                        operation.accept(sequence);
                        if (sequence >= warmupCount) {
                            nanos[sequence - warmupCount] = System.nanoTime() - due;
                        }
                        done.complete(null);
                    } catch (RuntimeException failure) {
                        done.completeExceptionally(failure);
                    }
                }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                    .orTimeout(measured.plus(warmup).toSeconds() + 60, TimeUnit.SECONDS).join();
        }
        return new Latencies(nanos);
    }
}
