package org.convene.benchmarks.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairing and the median arithmetic of the metrics-cost figure, with no timing. */
class AbbaPairsTest {

    @Test
    void runsAlternateWithFirstThenWithoutFirst() {
        assertThat(AbbaPairs.order(3)).containsExactly(true, false, false, true, true, false);
    }

    @Test
    void eachRunLandsInItsPairOnItsSide() {
        // Run order: with 10, without 5, without 8, with 16.
        AbbaPairs pairs = AbbaPairs.fromRuns(List.of(10.0, 5.0, 8.0, 16.0));

        assertThat(pairs.withCost()).containsExactly(10.0, 16.0);
        assertThat(pairs.withoutCost()).containsExactly(5.0, 8.0);
        assertThat(pairs.ratios()).containsExactly(2.0, 2.0);
    }

    @Test
    void theFigureIsTheMedianOfPerPairRatiosNotTheRatioOfMedians() {
        // Ratios 1.0, 1.5 and 2.0: their median is 1.5, while the sides' medians (12 and 10) would give 1.2.
        AbbaPairs pairs = new AbbaPairs(List.of(10.0, 12.0, 40.0), List.of(10.0, 8.0, 20.0));

        assertThat(pairs.medianRatio()).isCloseTo(1.5, within(1e-9));
        assertThat(pairs.lowestRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(pairs.highestRatio()).isCloseTo(2.0, within(1e-9));
        assertThat(AbbaPairs.median(pairs.withCost()) / AbbaPairs.median(pairs.withoutCost()))
                .isCloseTo(1.2, within(1e-9));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(AbbaPairs.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(AbbaPairs.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    }

    @Test
    void theReportGivesTheMedianRatioItsRangeAndEachSidesMedian() {
        AbbaPairs pairs = new AbbaPairs(List.of(11.0, 9.0), List.of(10.0, 10.0));

        assertThat(pairs.toString()).isEqualTo("median of 2 per-pair ratios 1.00 (range 0.90 to 1.10); medians "
                + "with 10.0 ms, without 10.0 ms");
    }

    @Test
    void anOddNumberOfRunsOrMismatchedSidesAreRefused() {
        assertThatThrownBy(() -> AbbaPairs.fromRuns(List.of(1.0, 2.0, 3.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AbbaPairs(List.of(1.0), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
