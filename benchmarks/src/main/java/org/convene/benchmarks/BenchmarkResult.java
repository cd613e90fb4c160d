package org.convene.benchmarks;

import java.util.List;

/**
 * What one benchmark produced: its rows, its targets, the references that actually ran (by name, with the figure
 * they gave), and notes on how it was measured.
 */
public record BenchmarkResult(int number, String title, List<Measurement> measurements, List<TargetCheck> targets,
                              List<String> referencesRun, List<String> notes) {

    public BenchmarkResult {
        measurements = List.copyOf(measurements);
        targets = List.copyOf(targets);
        referencesRun = List.copyOf(referencesRun);
        notes = List.copyOf(notes);
    }
}
