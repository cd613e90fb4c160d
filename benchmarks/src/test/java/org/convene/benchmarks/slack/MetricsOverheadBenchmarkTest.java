package org.convene.benchmarks.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.benchmarks.SuiteSize;
import org.junit.jupiter.api.Test;

/** The metrics overhead benchmark runs at the small size and gives a p99 per run with metrics and without. */
class MetricsOverheadBenchmarkTest {

    @Test
    void theOverheadBenchmarkGivesAnAckP99PerPairWithAndWithoutMetrics() throws Exception {
        AbbaPairs figures = MetricsOverheadBenchmark.run(SuiteSize.SMALL, 1, Duration.ofSeconds(1));

        assertThat(figures.withCost()).hasSize(1).allSatisfy(p99 -> assertThat(p99).isPositive());
        assertThat(figures.withoutCost()).hasSize(1).allSatisfy(p99 -> assertThat(p99).isPositive());
        assertThat(figures.toString()).contains("per-pair ratios", "medians with", "without");
        assertThat(MetricsOverheadBenchmark.verdict(figures)).startsWith("target <= 1.10, ");
    }
}
