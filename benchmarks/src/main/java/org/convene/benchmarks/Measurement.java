package org.convene.benchmarks;

/** One row of the table: what was measured, Convene's figure, the reference's figure and their ratio, as text. */
public record Measurement(String measure, String ours, String reference, String ratio) {

    public static Measurement alone(String measure, String ours) {
        return new Measurement(measure, ours, "", "");
    }

    public static Measurement compared(String measure, double ours, double reference, String unit) {
        return new Measurement(measure, Numbers.format(ours) + " " + unit, Numbers.format(reference) + " " + unit,
                Numbers.ratio(ours, reference));
    }
}
