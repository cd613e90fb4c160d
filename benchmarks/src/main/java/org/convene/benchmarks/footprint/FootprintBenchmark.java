package org.convene.benchmarks.footprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.BenchmarkSuite;
import org.convene.benchmarks.Machine;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.benchmarks.data.SyntheticData;
import org.convene.core.store.Database;
import org.convene.core.store.DatabaseSettings;

/**
 * Item 7: writes the data into an embedded PostgreSQL data directory, then starts the bot's core (its Guice
 * modules) over it in a forked JVM ({@link FootprintProbe}), once cold, then warm three times at full size; the
 * median warm start gives start-to-ready (with the range and its phases), heap after a full GC and resident memory.
 */
public final class FootprintBenchmark implements Benchmark {

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Footprint and start-up";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        Path directory = Files.createTempDirectory("convene-footprint");
        try {
            long writeStarted = System.nanoTime();
            try (Database database = Database.open(DatabaseSettings.embedded(directory))) {
                SyntheticData.write(database.dataSource(), size.footprintData(),
                        Instant.now().plus(Duration.ofDays(1)));
            }
            double writeSeconds = (System.nanoTime() - writeStarted) / 1e9;
            probe(directory, size);
            List<Map<String, String>> warmStarts = new ArrayList<>();
            for (int start = 0; start < BenchmarkSuite.defaultRuns(size); start++) {
                warmStarts.add(probe(directory, size));
            }
            warmStarts.sort(Comparator.comparingDouble(run -> Double.parseDouble(run.get("ready_since_jvm_start_ms"))));
            Map<String, String> warm = warmStarts.get((warmStarts.size() - 1) / 2);
            double heapMegabytes = Long.parseLong(warm.get("heap_after_gc_bytes")) / 1_048_576.0;
            double rssMegabytes = Long.parseLong(warm.get("rss_kilobytes")) / 1024.0;
            double readyFromJvm = Double.parseDouble(warm.get("ready_since_jvm_start_ms"));
            double readyFromMain = Double.parseDouble(warm.get("ready_since_main_ms"));
            String range = warmStarts.size() == 1 ? "" : " (" + Numbers.format(Double.parseDouble(
                    warmStarts.getFirst().get("ready_since_jvm_start_ms"))) + "–" + Numbers.format(Double.parseDouble(
                    warmStarts.getLast().get("ready_since_jvm_start_ms"))) + ")";
            return new BenchmarkResult(number(), title(),
                    List.of(Measurement.alone("heap after full GC", Numbers.format(heapMegabytes) + " MB"),
                            Measurement.alone("resident memory (JVM only)", Numbers.format(rssMegabytes) + " MB"),
                            Measurement.alone("start to ready, warm (JVM start / main)",
                                    Numbers.milliseconds(readyFromJvm) + range + " / "
                                            + Numbers.milliseconds(readyFromMain)),
                            Measurement.alone("start phases: JVM to main / settings and injector / database "
                                    + "wait after the injector / use cases (the database's own opening: PostgreSQL, "
                                    + "pool, Flyway, beside the injector)", phases(warm) + " ("
                                    + Numbers.milliseconds(Double.parseDouble(warm.get("database_open_ms"))) + ")")),
                    List.of(TargetCheck.of("heap <= 256 MB", heapMegabytes <= 256, "live objects after GC exceed "
                                    + "256 MB"),
                            TargetCheck.of("ready <= 3 s", readyFromJvm <= 3_000, "the median warm start took "
                                    + Numbers.milliseconds(readyFromJvm) + ", of which " + phases(warm)
                                    + " (JVM to main / settings and injector / database wait / use cases)")),
                    List.of(),
                    List.of("data: " + size.footprintData() + " (written in " + Numbers.format(writeSeconds)
                            + " s); start to ready is the median of " + warmStarts.size() + " warm starts, with "
                            + "their range, after one cold start; the median start served " + warm.get("answered")
                            + " RSVPs and " + Math.min(200, size.footprintData().groups()) + " event lists before "
                            + "the GC; resident memory is the JVM's VmRSS, without the PostgreSQL processes"));
        } finally {
            deleteRecursively(directory);
        }
    }

    private static Map<String, String> probe(Path directory, SuiteSize size) throws IOException, InterruptedException {
        // The bot's JVM options, as the suite's own JVM was given them.
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Machine.jvmOptions());
        command.addAll(List.of("-Dlogback.configurationFile=benchmark-logback.xml", "-cp",
                System.getProperty("java.class.path")));
        command.addAll(List.of(FootprintProbe.class.getName(), directory.toString(),
                Integer.toString(size.footprintData().groups())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new BenchmarkFailure("the footprint probe failed:\n" + output);
        }
        Map<String, String> values = new HashMap<>();
        output.lines().filter(line -> line.matches("[a-z0-9_]+=.*")).forEach(line -> {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1));
        });
        for (String key : List.of("heap_after_gc_bytes", "rss_kilobytes", "ready_since_jvm_start_ms",
                "ready_since_main_ms", "answered", "jvm_to_main_ms", "settings_and_injector_ms", "database_ms",
                "database_open_ms", "use_cases_ms")) {
            if (!values.containsKey(key)) {
                throw new BenchmarkFailure("the footprint probe did not report " + key + ":\n" + output);
            }
        }
        return values;
    }

    private static String phases(Map<String, String> warm) {
        return String.join(" / ", List.of("jvm_to_main_ms", "settings_and_injector_ms", "database_ms", "use_cases_ms")
                .stream().map(key -> Numbers.milliseconds(Double.parseDouble(warm.get(key)))).toList());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
