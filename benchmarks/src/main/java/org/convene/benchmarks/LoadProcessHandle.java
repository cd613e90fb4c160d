package org.convene.benchmarks;

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

/**
 * The benchmark's side of a load process (a platform's stand-in and the load on it, in a JVM of their own so that
 * the measured JVM runs only the bot): starts its main class with this JVM's class path, reads the {@code key=value}
 * lines it prints up to each stage, sends it lines on its standard input, and ends it by closing that input.
 */
public final class LoadProcessHandle implements AutoCloseable {

    private final String name;
    private final Process process;
    private final BufferedReader output;
    private final PrintStream input;
    private final List<String> seen = new ArrayList<>();

    private LoadProcessHandle(String name, Process process) {
        this.name = name;
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts {@code mainClass} in a JVM of its own, with the benchmark JVM's class path and JVM options. */
    public static LoadProcessHandle start(Class<?> mainClass) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Machine.jvmOptions());
        command.addAll(List.of("-Dlogback.configurationFile=benchmark-logback.xml", "-cp",
                System.getProperty("java.class.path"), mainClass.getName()));
        return new LoadProcessHandle(mainClass.getSimpleName(),
                new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** The process id of the load's JVM. */
    public long pid() {
        return process.pid();
    }

    /** The {@code key=value} lines printed until the line {@code stage}; fails if the process ends first. */
    public Map<String, String> readUntil(String stage) throws IOException {
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
        throw new BenchmarkFailure("the load process " + name + " ended before '" + stage + "':\n"
                + String.join("\n", seen));
    }

    public void send(String line) {
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
