package org.convene.benchmarks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The text of docs/benchmarks.md: when and where the suite ran, the table, each target met or missed and why, the
 * defects found, and what is left out. The generated part ends with {@link #KEPT_BELOW}; what a file already has
 * below that line (measurements made outside the suite, their history) is kept when the suite writes it again.
 */
public final class MarkdownReport {

    /** The line that ends the generated part of the report. */
    public static final String KEPT_BELOW = "<!-- The suite writes everything above this line again on each full run "
            + "and keeps what follows. -->";

    private MarkdownReport() {
    }

    /** {@code generated}, followed by what {@code existing} (the file as it was, if any) has below the marker line. */
    public static String keepingWhatFollows(String generated, Optional<String> existing) {
        String kept = existing.filter(text -> text.contains(KEPT_BELOW))
                .map(text -> text.substring(text.indexOf(KEPT_BELOW) + KEPT_BELOW.length()))
                .orElse("\n");
        return generated + "\n" + KEPT_BELOW + kept;
    }

    public static String render(String command, SuiteSize size, String loadBefore, String loadAfter,
                                List<BenchmarkResult> results, List<String> leftOut, List<String> findings) {
        StringBuilder report = new StringBuilder("# Benchmarks\n\n");
        report.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append('\n');
        report.append("- Machine: ").append(Machine.describe()).append('\n');
        report.append("- Load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter)
                .append(" after (the cores are shared with other work)\n");
        report.append("- Command: `").append(command).append("` (size ").append(size.name()).append(")\n");
        report.append("- Each figure is measured beside its reference in the same run, on the same embedded "
                + "PostgreSQL server.\n\n");
        report.append("## Figures\n\n").append(ResultTable.markdown(results)).append('\n');
        report.append("## Targets\n\n");
        for (BenchmarkResult result : results) {
            for (TargetCheck target : result.targets()) {
                report.append("- ").append(result.number()).append(". ").append(result.title()).append(": ")
                        .append(target.target()).append(": **").append(target.met() ? "met" : "missed")
                        .append("**");
                if (!target.met()) {
                    report.append(". Reason: ").append(target.reason());
                }
                report.append('\n');
            }
        }
        report.append("\n## How each was measured\n\n");
        for (BenchmarkResult result : results) {
            report.append("- ").append(result.number()).append(". ").append(result.title()).append(": ")
                    .append(String.join("; ", result.notes()));
            if (!result.referencesRun().isEmpty()) {
                report.append(". Reference: ").append(String.join("; ", result.referencesRun()));
            }
            report.append(".\n");
        }
        if (!findings.isEmpty()) {
            report.append("\n## Defects found while measuring\n\n");
            findings.forEach(item -> report.append("- ").append(item).append('\n'));
        }
        if (!leftOut.isEmpty()) {
            report.append("\n## Left out\n\n");
            leftOut.forEach(item -> report.append("- ").append(item).append('\n'));
        }
        return report.toString();
    }
}
