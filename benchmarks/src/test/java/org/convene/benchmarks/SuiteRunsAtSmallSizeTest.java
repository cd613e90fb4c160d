package org.convene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every benchmark runs at the small size, produces its figures, and every reference it compares with really ran. */
class SuiteRunsAtSmallSizeTest {

    private static final List<Integer> WITH_REFERENCE = List.of(1, 2, 4, 6);

    @Test
    void everyBenchmarkProducesItsFiguresAndEveryReferenceRuns() {
        List<BenchmarkResult> results = BenchmarkSuite.run(SuiteSize.SMALL, Optional.empty());

        assertThat(results).extracting(BenchmarkResult::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (BenchmarkResult result : results) {
            assertThat(result.measurements()).as("figures of %d", result.number()).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.ours()).isNotBlank());
            assertThat(result.targets()).as("targets of %d", result.number()).isNotEmpty();
            if (WITH_REFERENCE.contains(result.number())) {
                assertThat(result.referencesRun()).as("references of %d", result.number()).isNotEmpty();
                assertThat(result.measurements()).allSatisfy(row -> {
                    if (!row.ratio().isEmpty()) {
                        assertThat(row.reference()).isNotBlank();
                    }
                });
            }
        }
        assertThat(results.get(4).measurements()).extracting(Measurement::measure)
                .contains("callback p99", "callbacks within 3 s", "follow-up p99");
        assertThat(ResultTable.text(results)).contains("RSVP throughput, many events", "Outbox drain", "Discord");
        assertThat(MarkdownReport.render("test", SuiteSize.SMALL, "0", "0", results, BenchmarkSuite.LEFT_OUT,
                BenchmarkSuite.FINDINGS))
                .contains("## Targets", "Discord");
    }
}
