package org.convene.benchmarks;

import java.util.Locale;

/** Formats figures the same way everywhere in the table. */
public final class Numbers {

    private Numbers() {
    }

    /** A count, with thousands separated: "1,234". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String ratio(double ours, double reference) {
        if (reference <= 0) {
            throw new BenchmarkFailure("a reference figure of " + reference + " cannot be compared against");
        }
        return String.format(Locale.ROOT, "%.2f", ours / reference);
    }

    public static String milliseconds(double millis) {
        return format(millis) + " ms";
    }
}
