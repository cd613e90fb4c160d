package org.convene.benchmarks.slack;

import java.util.ArrayList;
import java.util.List;
import org.convene.benchmarks.Numbers;

/**
 * Runs of a cost measured beside its absence, in ABBA order (with, without, without, with, with, without, ...), so a
 * drift of the machine over time (a build starting, the JIT settling) falls on both sides alike. The figure is the
 * median of the per-pair ratios, with their range; each pair's two runs ran next to each other, so a pair's ratio
 * compares like with like even when the machine's load changes between pairs.
 *
 * @param withCost the measured value of each pair's run with the cost (p99 ms), pair by pair
 * @param withoutCost the same for each pair's run without it
 */
public record AbbaPairs(List<Double> withCost, List<Double> withoutCost) {

    public AbbaPairs {
        withCost = List.copyOf(withCost);
        withoutCost = List.copyOf(withoutCost);
        if (withCost.isEmpty() || withCost.size() != withoutCost.size()) {
            throw new IllegalArgumentException("pairs need one value with and one without the cost each, was "
                    + withCost.size() + " and " + withoutCost.size());
        }
    }

    /**
     * Whether each run of {@code pairs} pairs carries the cost, in the order they run: the first pair with first,
     * the second without first, and so on (ABBA).
     */
    public static List<Boolean> order(int pairs) {
        if (pairs < 1) {
            throw new IllegalArgumentException("at least one pair, was " + pairs);
        }
        List<Boolean> runs = new ArrayList<>(2 * pairs);
        for (int pair = 0; pair < pairs; pair++) {
            boolean withFirst = pair % 2 == 0;
            runs.add(withFirst);
            runs.add(!withFirst);
        }
        return runs;
    }

    /**
     * The pairs of values measured in {@link #order(int)}'s order: {@code values.get(i)} was measured by run i.
     */
    public static AbbaPairs fromRuns(List<Double> values) {
        if (values.isEmpty() || values.size() % 2 != 0) {
            throw new IllegalArgumentException("an even, positive number of runs, was " + values.size());
        }
        List<Boolean> order = order(values.size() / 2);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int run = 0; run < values.size(); run++) {
            (order.get(run) ? with : without).add(values.get(run));
        }
        return new AbbaPairs(with, without);
    }

    /** Each pair's value with the cost over its value without, pair by pair. */
    public List<Double> ratios() {
        List<Double> ratios = new ArrayList<>(withCost.size());
        for (int pair = 0; pair < withCost.size(); pair++) {
            ratios.add(withCost.get(pair) / withoutCost.get(pair));
        }
        return ratios;
    }

    /** The figure: the median of the per-pair ratios. */
    public double medianRatio() {
        return median(ratios());
    }

    public double lowestRatio() {
        return ratios().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double highestRatio() {
        return ratios().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no value to take the median of");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    @Override
    public String toString() {
        return "median of " + withCost.size() + " per-pair ratios " + Numbers.format(medianRatio()) + " (range "
                + Numbers.format(lowestRatio()) + " to " + Numbers.format(highestRatio()) + "); medians with "
                + Numbers.milliseconds(median(withCost)) + ", without " + Numbers.milliseconds(median(withoutCost));
    }
}
