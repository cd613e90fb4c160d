package org.convene.benchmarks;

import java.util.Arrays;

/** A set of measured durations in nanoseconds, and their percentiles in milliseconds (nearest rank). */
public final class Latencies {

    private final long[] sorted;

    public Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new BenchmarkFailure("no latency was recorded");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    public double percentileMillis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return sorted[sorted.length - 1] / 1_000_000.0;
    }
}
