package org.convene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A full run writes the report's generated part again and keeps what the file has below the marker line. */
class MarkdownReportTest {

    @Test
    void writingAgainReplacesTheGeneratedPartAndKeepsWhatFollowsTheMarker() {
        String before = "# Benchmarks\n\nold figures\n\n" + MarkdownReport.KEPT_BELOW
                + "\n\n## Measured by hand\n\nkept\n";

        String after = MarkdownReport.keepingWhatFollows("# Benchmarks\n\nnew figures\n", Optional.of(before));

        assertThat(after).isEqualTo("# Benchmarks\n\nnew figures\n\n" + MarkdownReport.KEPT_BELOW
                + "\n\n## Measured by hand\n\nkept\n");
    }

    @Test
    void aFirstReportEndsWithTheMarkerLine() {
        assertThat(MarkdownReport.keepingWhatFollows("# Benchmarks\n", Optional.empty()))
                .isEqualTo("# Benchmarks\n\n" + MarkdownReport.KEPT_BELOW + "\n");
    }

    @Test
    void aFileWithoutTheMarkerIsAllGeneratedAndReplacedWhole() {
        assertThat(MarkdownReport.keepingWhatFollows("new\n", Optional.of("old\n")))
                .isEqualTo("new\n\n" + MarkdownReport.KEPT_BELOW + "\n");
    }

    @Test
    void writingTwiceLeavesOneMarkerLine() {
        String once = MarkdownReport.keepingWhatFollows("first\n", Optional.of("x\n" + MarkdownReport.KEPT_BELOW
                + "\nkept\n"));

        String twice = MarkdownReport.keepingWhatFollows("second\n", Optional.of(once));

        assertThat(twice).isEqualTo("second\n\n" + MarkdownReport.KEPT_BELOW + "\nkept\n");
    }
}
