package org.convene.benchmarks;

/**
 * A target of the issue, whether this run met it, and when it did not, the reason found. When the suite repeats a
 * benchmark, a target is met when the median run meets it (for a threshold on one figure: when most runs do), unless
 * it must hold in every run, as a correctness target must.
 */
public record TargetCheck(String target, boolean met, String reason, boolean everyRun) {

    public TargetCheck(String target, boolean met, String reason) {
        this(target, met, reason, false);
    }

    public static TargetCheck of(String target, boolean met, String reasonIfMissed) {
        return new TargetCheck(target, met, met ? "" : reasonIfMissed);
    }

    /** A target that a repeated benchmark meets only if every one of its runs meets it. */
    public static TargetCheck inEveryRun(String target, boolean met, String reasonIfMissed) {
        return new TargetCheck(target, met, met ? "" : reasonIfMissed, true);
    }
}
