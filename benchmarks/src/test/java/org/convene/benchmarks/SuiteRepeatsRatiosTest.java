package org.convene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The suite runs each benchmark with a ratio, or judged on medians, as many times as asked and reports the median. */
class SuiteRepeatsRatiosTest {

    /** A benchmark whose figures come from a list, one per run, counting its runs. */
    private static final class Scripted implements Benchmark {
        private final int number;
        private final boolean withRatio;
        private final boolean judgedOnMedians;
        private final List<Double> figures;
        private final AtomicInteger runs = new AtomicInteger();

        Scripted(int number, boolean withRatio, boolean judgedOnMedians, List<Double> figures) {
            this.number = number;
            this.withRatio = withRatio;
            this.judgedOnMedians = judgedOnMedians;
            this.figures = figures;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public String title() {
            return "scripted " + number;
        }

        @Override
        public boolean judgedOnMedians() {
            return judgedOnMedians;
        }

        @Override
        public BenchmarkResult run(SuiteSize size) {
            double figure = figures.get(runs.getAndIncrement());
            Measurement row = withRatio ? Measurement.compared("p99", figure, 10, "ms")
                    : Measurement.alone("p99", Numbers.milliseconds(figure));
            return new BenchmarkResult(number, title(), List.of(row),
                    List.of(TargetCheck.of("p99 <= 15 ms", figure <= 15, "slow")), List.of(), List.of());
        }
    }

    @Test
    void aBenchmarkWithARatioRunsThreeTimesAndIsJudgedOnItsMedian() {
        Scripted ratio = new Scripted(1, true, false, List.of(40.0, 12.0, 14.0));

        BenchmarkResult result = BenchmarkSuite.run(List.of(ratio), SuiteSize.SMALL, Optional.empty(), 3).getFirst();

        assertThat(ratio.runs).hasValue(3);
        assertThat(result.measurements().getFirst().ratio()).isEqualTo("1.40 (1.20–4.00)");
        assertThat(result.targets().getFirst().met()).isTrue();
    }

    @Test
    void aBenchmarkJudgedOnMediansRunsThreeTimesWithoutARatio() {
        Scripted medians = new Scripted(5, false, true, List.of(12.0, 30.0, 20.0));

        BenchmarkResult result = BenchmarkSuite.run(List.of(medians), SuiteSize.SMALL, Optional.empty(), 3)
                .getFirst();

        assertThat(medians.runs).hasValue(3);
        assertThat(result.measurements().getFirst().ours()).isEqualTo("20.0 ms (12–30)");
        assertThat(result.targets().getFirst().met()).isFalse();
    }

    @Test
    void aBenchmarkWithoutARatioRunsOnce() {
        Scripted once = new Scripted(3, false, false, List.of(12.0, 30.0, 20.0));

        BenchmarkSuite.run(List.of(once), SuiteSize.SMALL, Optional.empty(), 3);

        assertThat(once.runs).hasValue(1);
    }

    @Test
    void theFullSizeRunsThreeTimesAndTheSmallSizeOnce() {
        assertThat(BenchmarkSuite.defaultRuns(SuiteSize.FULL)).isEqualTo(3);
        assertThat(BenchmarkSuite.defaultRuns(SuiteSize.SMALL)).isEqualTo(1);
    }
}
