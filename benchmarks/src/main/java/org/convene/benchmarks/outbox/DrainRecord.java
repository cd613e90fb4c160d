package org.convene.benchmarks.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.Latencies;

/**
 * What a drain did, message by message: how many times each key ran and when (System.nanoTime) each finished, so
 * throughput, lateness after the due instant and duplicates come out the same way for the outbox and its reference.
 */
final class DrainRecord {

    private final int expected;
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final long[] finishes;
    private final AtomicInteger index = new AtomicInteger();
    private final AtomicLong lastFinish = new AtomicLong();
    private final CountDownLatch done;
    private volatile long dueNanos;

    DrainRecord(int expected) {
        this.expected = expected;
        this.finishes = new long[expected * 2];
        this.done = new CountDownLatch(expected);
    }

    /** The instant the messages became due, by System.nanoTime. */
    void markDue() {
        dueNanos = System.nanoTime();
    }

    void ran(String key) {
        long now = System.nanoTime();
        int slot = index.getAndIncrement();
        if (slot < finishes.length) {
            finishes[slot] = now;
        }
        lastFinish.accumulateAndGet(now, Math::max);
        if (runs.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet() == 1) {
            done.countDown();
        }
    }

    void awaitAll(String what, long timeoutSeconds) throws InterruptedException {
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new BenchmarkFailure(what + " ran only " + runs.size() + " of " + expected + " messages in "
                    + timeoutSeconds + " s");
        }
    }

    /** Fails unless every message ran exactly once. */
    void checkExactlyOnce(String what) {
        long duplicates = runs.values().stream().filter(count -> count.get() > 1).count();
        if (runs.size() != expected || duplicates > 0) {
            throw new BenchmarkFailure(what + ": " + runs.size() + " distinct messages of " + expected + ", "
                    + duplicates + " ran more than once");
        }
    }

    double messagesPerSecond() {
        return expected / ((lastFinish.get() - dueNanos) / 1e9);
    }

    Latencies lateness() {
        int count = Math.min(index.get(), finishes.length);
        long[] late = new long[count];
        for (int slot = 0; slot < count; slot++) {
            late[slot] = finishes[slot] - dueNanos;
        }
        return new Latencies(late);
    }
}
