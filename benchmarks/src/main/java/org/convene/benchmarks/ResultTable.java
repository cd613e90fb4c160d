package org.convene.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Prints results as one table, as plain aligned text for the terminal or as Markdown for the report. */
public final class ResultTable {

    private static final List<String> HEADER = List.of("#", "benchmark", "measure", "Convene", "reference", "ratio");

    private ResultTable() {
    }

    public static String text(List<BenchmarkResult> results) {
        List<List<String>> rows = rows(results);
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            for (int column = 0; column < row.size(); column++) {
                table.append(String.format("%-" + widths[column] + "s", row.get(column)))
                        .append(column + 1 < row.size() ? "  " : "");
            }
            table.append('\n');
            if (index == 0) {
                for (int column = 0; column < widths.length; column++) {
                    table.append("-".repeat(widths[column])).append(column + 1 < widths.length ? "  " : "");
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    public static String markdown(List<BenchmarkResult> results) {
        List<List<String>> rows = rows(results);
        StringBuilder table = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            table.append("| ").append(String.join(" | ", rows.get(index).stream()
                    .map(cell -> cell.replace("|", "\\|")).toList())).append(" |\n");
            if (index == 0) {
                table.append("|---".repeat(HEADER.size())).append("|\n");
            }
        }
        return table.toString();
    }

    private static List<List<String>> rows(List<BenchmarkResult> results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (BenchmarkResult result : results) {
            for (Measurement measurement : result.measurements()) {
                rows.add(List.of(Integer.toString(result.number()), result.title(), measurement.measure(),
                        measurement.ours(), measurement.reference(), measurement.ratio()));
            }
        }
        return rows;
    }
}
