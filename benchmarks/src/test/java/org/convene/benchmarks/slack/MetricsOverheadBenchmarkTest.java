package org.convene.benchmarks.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.benchmarks.SuiteSize;
import org.junit.jupiter.api.Test;

/** The metrics overhead benchmark runs at the small size and gives a p99 per run with metrics and without. */
class MetricsOverheadBenchmarkTest {

    @Test
    void theOverheadBenchmarkGivesAnAckP99PerRunWithAndWithoutMetrics() throws Exception {
        MetricsOverheadBenchmark.Figures figures = MetricsOverheadBenchmark.run(SuiteSize.SMALL, 1);

        assertThat(figures.withMetrics()).hasSize(1).allSatisfy(p99 -> assertThat(p99).isPositive());
        assertThat(figures.withoutMetrics()).hasSize(1).allSatisfy(p99 -> assertThat(p99).isPositive());
        assertThat(figures.toString()).contains("ratio of medians", "with metrics median", "without median");
    }

    @Test
    void theMedianOfAnEvenOrOddNumberOfRunsIsTheMiddle() {
        assertThat(MetricsOverheadBenchmark.Figures.median(java.util.List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(MetricsOverheadBenchmark.Figures.median(java.util.List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    }
}
