package org.convene.benchmarks;

/** A benchmark that could not produce honest figures: a reference did not run, or a correctness check failed. */
public final class BenchmarkFailure extends RuntimeException {

    public BenchmarkFailure(String message) {
        super(message);
    }

    public BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
