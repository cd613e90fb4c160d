package org.convene.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.convene.benchmarks.discord.DiscordInteractionLatencyBenchmark;
import org.convene.benchmarks.footprint.FootprintBenchmark;
import org.convene.benchmarks.growth.CostGrowthBenchmark;
import org.convene.benchmarks.outbox.OutboxThroughputBenchmark;
import org.convene.benchmarks.rsvp.ContentionCorrectnessBenchmark;
import org.convene.benchmarks.rsvp.HotEventRsvpBenchmark;
import org.convene.benchmarks.rsvp.ManyEventsRsvpBenchmark;
import org.convene.benchmarks.slack.SlackAckLatencyBenchmark;

/**
 * Runs the suite: {@code [--size small|full] [--only N] [--runs N] [--report docs/benchmarks.md] [--command "..."]}.
 * Each benchmark with a ratio (or judged on medians) runs {@code --runs} times, 3 by default at full size and once at
 * small size, and is reported as the median run with the range. Prints the table and writes the report; exits 1,
 * naming the benchmark, when any benchmark or reference cannot run.
 */
public final class BenchmarkSuite {

    /** What the suite does not measure yet, said in every report. */
    public static final List<String> LEFT_OUT = List.of();

    /** Defects of the project found by the suite and not yet fixed, said in every report until they are. */
    public static final List<String> FINDINGS = List.of();

    private BenchmarkSuite() {
    }

    public static List<Benchmark> benchmarks() {
        return List.of(new ManyEventsRsvpBenchmark(), new HotEventRsvpBenchmark(),
                new ContentionCorrectnessBenchmark(), new SlackAckLatencyBenchmark(),
                new DiscordInteractionLatencyBenchmark(), new OutboxThroughputBenchmark(), new FootprintBenchmark(),
                new CostGrowthBenchmark());
    }

    /** How many times a benchmark with a ratio runs at this size when {@code --runs} does not say: 3 at full size. */
    public static int defaultRuns(SuiteSize size) {
        return size == SuiteSize.FULL ? 3 : 1;
    }

    /** Runs the benchmarks (all, or the one numbered {@code only}) in order, stopping at the first failure. */
    public static List<BenchmarkResult> run(SuiteSize size, Optional<Integer> only) {
        return run(benchmarks(), size, only, defaultRuns(size));
    }

    /**
     * Runs the given benchmarks (all, or the one numbered {@code only}) in order, stopping at the first failure; one
     * with a ratio in its first run's rows, or judged on medians, runs {@code runs} times and is folded into its
     * median run.
     */
    public static List<BenchmarkResult> run(List<Benchmark> benchmarks, SuiteSize size, Optional<Integer> only,
                                            int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs is at least 1, not " + runs);
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            if (only.isPresent() && only.get() != benchmark.number()) {
                continue;
            }
            List<BenchmarkResult> attempts = new ArrayList<>();
            attempts.add(runOnce(benchmark, size, 1));
            boolean repeated = benchmark.judgedOnMedians() || attempts.getFirst().measurements().stream()
                    .anyMatch(row -> !row.ratio().isEmpty());
            while (repeated && attempts.size() < runs) {
                attempts.add(runOnce(benchmark, size, attempts.size() + 1));
            }
            results.add(MediansOfRuns.fold(attempts));
        }
        if (results.isEmpty()) {
            throw new BenchmarkFailure("no benchmark is numbered " + only.orElse(-1));
        }
        return results;
    }

    private static BenchmarkResult runOnce(Benchmark benchmark, SuiteSize size, int attempt) {
        System.err.println("benchmark " + benchmark.number() + " (" + benchmark.title() + ") at size "
                + size.name() + ", run " + attempt + ", load average " + Machine.loadAverage() + " ...");
        long started = System.nanoTime();
        BenchmarkResult result;
        try {
            result = benchmark.run(size);
        } catch (BenchmarkFailure failure) {
            throw failure;
        } catch (Exception failure) {
            throw new BenchmarkFailure("benchmark " + benchmark.number() + " (" + benchmark.title()
                    + ") failed: " + failure, failure);
        }
        System.err.printf("benchmark %d run %d done in %.1f s%n", benchmark.number(), attempt,
                (System.nanoTime() - started) / 1e9);
        return result;
    }

    public static void main(String[] arguments) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "benchmark-logback.xml");
        }
        SuiteSize size = SuiteSize.FULL;
        Optional<Integer> only = Optional.empty();
        Optional<Path> report = Optional.empty();
        Optional<Integer> runs = Optional.empty();
        String command = "java " + BenchmarkSuite.class.getName() + " " + String.join(" ", arguments);
        for (int index = 0; index < arguments.length; index++) {
            switch (arguments[index]) {
                case "--size" -> size = SuiteSize.named(arguments[++index]);
                case "--only" -> only = Optional.of(Integer.parseInt(arguments[++index]));
                case "--runs" -> runs = Optional.of(Integer.parseInt(arguments[++index]));
                case "--report" -> report = Optional.of(Path.of(arguments[++index]));
                case "--command" -> command = arguments[++index];
                default -> {
                    System.err.println("usage: [--size small|full] [--only N] [--runs N] [--report FILE] "
                            + "[--command TEXT]");
                    System.exit(2);
                }
            }
        }
        String loadBefore = Machine.loadAverage();
        List<BenchmarkResult> results;
        try {
            results = run(benchmarks(), size, only, runs.orElse(defaultRuns(size)));
        } catch (BenchmarkFailure failure) {
            System.err.println("BENCHMARK FAILED: " + failure.getMessage());
            LoggerFactory.getLogger(BenchmarkSuite.class).error("The benchmark suite failed", failure);
            System.exit(1);
            return;
        }
        String loadAfter = Machine.loadAverage();
        System.out.println();
        System.out.println("Machine: " + Machine.describe() + "; load average " + loadBefore + " before, "
                + loadAfter + " after");
        System.out.println(ResultTable.text(results));
        for (BenchmarkResult result : results) {
            for (TargetCheck target : result.targets()) {
                System.out.println(result.number() + ". " + target.target() + ": " + (target.met() ? "met"
                        : "MISSED - " + target.reason()));
            }
            result.notes().forEach(note -> System.out.println(result.number() + ". " + note));
        }
        LEFT_OUT.forEach(item -> System.out.println("Left out: " + item));
        FINDINGS.forEach(item -> System.out.println("Finding: " + item));
        if (report.isPresent()) {
            Path file = report.get();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Optional<String> existing = Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            Files.writeString(file, MarkdownReport.keepingWhatFollows(MarkdownReport.render(command, size,
                    loadBefore, loadAfter, results, LEFT_OUT, FINDINGS), existing));
            System.out.println("Wrote " + file);
        }
        System.exit(0);
    }
}
