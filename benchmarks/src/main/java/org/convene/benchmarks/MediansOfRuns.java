package org.convene.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds several runs of one benchmark into one result: each row shows the run whose figure is the median (by its
 * ratio when it has one, else by its own leading number) with the range of all runs in brackets, and each target is
 * judged on the median run, so one lucky run cannot meet a target and one noisy run cannot miss it.
 */
public final class MediansOfRuns {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^-?[0-9][0-9,]*(\\.[0-9]+)?");

    private MediansOfRuns() {
    }

    /** The result of {@code runs} (one or more runs of the same benchmark, their rows in the same order). */
    public static BenchmarkResult fold(List<BenchmarkResult> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run to fold");
        }
        BenchmarkResult first = runs.getFirst();
        if (runs.size() == 1) {
            return first;
        }
        List<Measurement> rows = new ArrayList<>();
        for (int row = 0; row < first.measurements().size(); row++) {
            int index = row;
            rows.add(medianRow(runs.stream().map(run -> rowOf(run, index)).toList()));
        }
        List<TargetCheck> targets = new ArrayList<>();
        for (int target = 0; target < first.targets().size(); target++) {
            int index = target;
            targets.add(judged(runs.stream().map(run -> run.targets().get(index)).toList()));
        }
        LinkedHashSet<String> references = new LinkedHashSet<>();
        runs.forEach(run -> references.addAll(run.referencesRun()));
        List<String> notes = new ArrayList<>(first.notes());
        notes.add("each figure is the median of " + runs.size() + " runs, with the range of the runs in brackets; "
                + "a target is judged on the median run");
        return new BenchmarkResult(first.number(), first.title(), rows, targets, List.copyOf(references), notes);
    }

    private static Measurement rowOf(BenchmarkResult run, int index) {
        if (run.measurements().size() <= index) {
            throw new BenchmarkFailure("the runs of benchmark " + run.number() + " gave different rows");
        }
        return run.measurements().get(index);
    }

    private static Measurement medianRow(List<Measurement> rows) {
        Optional<List<Double>> ratios = numbers(rows.stream().map(Measurement::ratio).toList());
        if (ratios.isPresent()) {
            Measurement median = rows.get(medianIndex(ratios.get()));
            return new Measurement(median.measure(), median.ours(), median.reference(),
                    median.ratio() + " (" + range(ratios.get(), true) + ")");
        }
        Optional<List<Double>> ours = numbers(rows.stream().map(Measurement::ours).toList());
        if (ours.isPresent()) {
            Measurement median = rows.get(medianIndex(ours.get()));
            return new Measurement(median.measure(), median.ours() + " (" + range(ours.get(), false) + ")",
                    median.reference(), median.ratio());
        }
        return rows.getFirst();
    }

    private static TargetCheck judged(List<TargetCheck> checks) {
        TargetCheck first = checks.getFirst();
        long met = checks.stream().filter(TargetCheck::met).count();
        boolean holds = first.everyRun() ? met == checks.size() : met * 2 > checks.size();
        String missedReason = checks.stream().filter(check -> !check.met()).map(TargetCheck::reason)
                .findFirst().orElse("");
        String reason = holds ? "" : "met in " + met + " of " + checks.size() + " runs; " + missedReason;
        return new TargetCheck(first.target(), holds, reason, first.everyRun());
    }

    /** The leading number of every cell, or empty when any cell has none. */
    private static Optional<List<Double>> numbers(List<String> cells) {
        List<Double> values = new ArrayList<>();
        for (String cell : cells) {
            OptionalDouble value = leadingNumber(cell);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.getAsDouble());
        }
        return Optional.of(values);
    }

    static OptionalDouble leadingNumber(String cell) {
        Matcher matcher = LEADING_NUMBER.matcher(cell.strip());
        return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group().replace(",", "")))
                : OptionalDouble.empty();
    }

    /** The index of the median value (the lower median for an even count). */
    static int medianIndex(List<Double> values) {
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            order.add(index);
        }
        order.sort(Comparator.comparing(values::get));
        return order.get((values.size() - 1) / 2);
    }

    /** Lowest to highest: ratios with two decimals, counts as whole numbers, other figures as the table has them. */
    private static String range(List<Double> values, boolean ratios) {
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        boolean whole = values.stream().allMatch(value -> value == Math.rint(value));
        return format(low, ratios, whole) + "–" + format(high, ratios, whole);
    }

    private static String format(double value, boolean ratio, boolean whole) {
        if (ratio) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return whole ? String.format(Locale.ROOT, "%,.0f", value) : Numbers.format(value);
    }
}
