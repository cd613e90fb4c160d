package org.convene.benchmarks.discord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.benchmarks.BenchmarkFailure;

/**
 * The benchmark's side of {@link DiscordLoadProcess}: starts it in a JVM of its own with this JVM's class path, reads
 * the {@code key=value} lines it prints up to each stage, and ends it by closing its standard input.
 */
final class LoadProcessHandle implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final PrintStream input;
    private final List<String> seen = new ArrayList<>();

    private LoadProcessHandle(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    static LoadProcessHandle start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:MaxGCPauseMillis=5",
                "-Dlogback.configurationFile=benchmark-logback.xml", "-cp", System.getProperty("java.class.path"),
                DiscordLoadProcess.class.getName()));
        return new LoadProcessHandle(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** The {@code key=value} lines printed until the line {@code stage}; fails if the process ends first. */
    Map<String, String> readUntil(String stage) throws IOException {
        Map<String, String> values = new HashMap<>();
        String line;
        while ((line = output.readLine()) != null) {
            seen.add(line);
            if (line.equals(stage)) {
                return values;
            }
            int equals = line.indexOf('=');
            if (line.matches("[a-z0-9_]+=.*")) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        throw new BenchmarkFailure("the Discord load process ended before '" + stage + "':\n"
                + String.join("\n", seen));
    }

    void send(String line) {
        input.println(line);
    }

    @Override
    public void close() throws InterruptedException {
        input.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
