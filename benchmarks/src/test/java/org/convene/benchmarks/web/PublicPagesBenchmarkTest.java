package org.convene.benchmarks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The public pages benchmark runs at a small size and gives every figure for every run. */
class PublicPagesBenchmarkTest {

    @Test
    void thePagesBenchmarkGivesThroughputAndP99ForThePageTheGroupFeedAndTheStaticFileOfThePageSize() {
        PublicPagesBenchmark.Figures figures = PublicPagesBenchmark.run(PublicPagesBenchmark.Shape.SMALL);

        assertThat(figures.targets()).extracting(PublicPagesBenchmark.Target::name)
                .containsExactly("community page", "group feed", "static file");
        assertThat(figures.targets()).allSatisfy(target -> {
            assertThat(target.perSecond()).hasSize(3).allSatisfy(rate -> assertThat(rate).isPositive());
            assertThat(target.p99Millis()).hasSize(3).allSatisfy(p99 -> assertThat(p99).isPositive());
        });
        assertThat(figures.pageBytes()).isGreaterThan(1_000);
        assertThat(figures.ratio("community page")).isPositive();
        assertThat(figures.ratio("group feed")).isPositive();
        assertThat(figures.toString()).contains("ratio community page / static file");
    }
}
