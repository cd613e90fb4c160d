package org.convene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several runs of one benchmark fold into the median run of each row, with the range, and targets judged on it. */
class MediansOfRunsTest {

    private static BenchmarkResult run(double ours, double reference, String answered, boolean ratioMet,
                                       boolean allAnswered) {
        return new BenchmarkResult(4, "ack latency",
                List.of(Measurement.compared("ack p99", ours, reference, "ms"),
                        Measurement.alone("answered", answered),
                        Measurement.alone("how", "all exact")),
                List.of(TargetCheck.of("ratio <= 1.5", ratioMet, "the run was slow"),
                        TargetCheck.inEveryRun("every command answered", allAnswered, "one went unanswered")),
                List.of("no-op app: p99 " + reference + " ms"), List.of("open loop"));
    }

    @Test
    void eachRowShowsTheRunWithTheMedianRatioAndTheRangeOfAllRuns() {
        BenchmarkResult folded = MediansOfRuns.fold(List.of(run(20, 5, "10 of 10", false, true),
                run(6, 5, "9 of 10", true, true), run(7, 5, "10 of 10", true, true)));

        Measurement ratioRow = folded.measurements().get(0);
        assertThat(ratioRow.ours()).isEqualTo("7.00 ms");
        assertThat(ratioRow.reference()).isEqualTo("5.00 ms");
        assertThat(ratioRow.ratio()).isEqualTo("1.40 (1.20–4.00)");
        assertThat(folded.measurements().get(1).ours()).isEqualTo("10 of 10 (9–10)");
        assertThat(folded.measurements().get(2).ours()).isEqualTo("all exact");
        assertThat(folded.notes()).anySatisfy(note -> assertThat(note).contains("median of 3 runs"));
    }

    @Test
    void aTargetIsMetWhenTheMedianRunMeetsItSoOneNoisyRunCannotMissIt() {
        BenchmarkResult folded = MediansOfRuns.fold(List.of(run(20, 5, "10 of 10", false, true),
                run(6, 5, "10 of 10", true, true), run(7, 5, "10 of 10", true, true)));

        assertThat(folded.targets().get(0).met()).isTrue();
        assertThat(folded.targets().get(0).reason()).isEmpty();
    }

    @Test
    void aTargetMetInOneLuckyRunOnlyIsMissedWithTheCountAndTheReason() {
        BenchmarkResult folded = MediansOfRuns.fold(List.of(run(20, 5, "10 of 10", false, true),
                run(6, 5, "10 of 10", true, true), run(9, 5, "10 of 10", false, true)));

        assertThat(folded.targets().get(0).met()).isFalse();
        assertThat(folded.targets().get(0).reason()).isEqualTo("met in 1 of 3 runs; the run was slow");
    }

    @Test
    void aTargetThatMustHoldInEveryRunIsMissedWhenOneRunMissesIt() {
        BenchmarkResult folded = MediansOfRuns.fold(List.of(run(6, 5, "10 of 10", true, true),
                run(6, 5, "9 of 10", true, false), run(6, 5, "10 of 10", true, true)));

        assertThat(folded.targets().get(1).met()).isFalse();
        assertThat(folded.targets().get(1).reason()).contains("met in 2 of 3 runs", "one went unanswered");
    }

    @Test
    void oneRunIsItsOwnResult() {
        BenchmarkResult only = run(6, 5, "10 of 10", true, true);

        assertThat(MediansOfRuns.fold(List.of(only))).isSameAs(only);
    }
}
