package org.convene.benchmarks;

/** One numbered benchmark of the suite: it measures Convene and, where it has one, its reference in the same run. */
public interface Benchmark {

    /** The item number of the benchmark issue this benchmark answers. */
    int number();

    String title();

    /** Runs at the given size; throws {@link BenchmarkFailure} when a check or a reference cannot run. */
    BenchmarkResult run(SuiteSize size) throws Exception;

    /**
     * Whether the suite runs this benchmark several times and reports medians even though it has no ratio (a
     * benchmark with a ratio always is); false by default.
     */
    default boolean judgedOnMedians() {
        return false;
    }
}
