package org.convene.benchmarks.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The planner benchmark runs at a small size, checks that planning is exact, and gives one figure per run. */
class PlannerAtRestBenchmarkTest {

    @Test
    void thePlannerBenchmarkGivesAFigurePerRunAndFindsPlanningExact() {
        PlannerAtRestBenchmark.Figures figures = PlannerAtRestBenchmark.run(PlannerAtRestBenchmark.Shape.SMALL);

        assertThat(figures.perSecond()).hasSize(3).allSatisfy(rate -> assertThat(rate).isPositive());
        assertThat(figures.toString()).contains("median of 3 runs");
    }
}
