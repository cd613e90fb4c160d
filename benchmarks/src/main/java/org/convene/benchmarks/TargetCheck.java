package org.convene.benchmarks;

/** A target of the issue, whether this run met it, and when it did not, the reason found. */
public record TargetCheck(String target, boolean met, String reason) {

    public static TargetCheck of(String target, boolean met, String reasonIfMissed) {
        return new TargetCheck(target, met, met ? "" : reasonIfMissed);
    }
}
