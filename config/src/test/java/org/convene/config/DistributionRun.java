package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The packaged distribution unpacked with {@code tar} into a directory, and runs of its {@code bin/convene} (or of the
 * checkout's {@code ./convene}) as a separate process with a clean environment (no JAVA_HOME: the launcher must find a JDK by itself), piped input and
 * a one-minute bound.
 */
public final class DistributionRun {

    /** What one run printed and how it ended. */
    record Result(int exitCode, String output, String errors) {
    }

    private final Path home;

    private DistributionRun(Path home) {
        this.home = home;
    }

    /** Unpacks the archive the build made ({@code convene.distribution}) into {@code directory}. */
    public static DistributionRun unpack(Path directory) throws IOException, InterruptedException {
        return unpack(Path.of(System.getProperty("convene.distribution")),
                System.getProperty("convene.distribution.name"), directory);
    }

    /** Unpacks another build's archive, whose top directory is {@code name}, into {@code directory}. */
    public static DistributionRun unpack(Path archive, String name, Path directory)
            throws IOException, InterruptedException {
        assertThat(archive).as("the distribution built by package").exists();
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", directory.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        return new DistributionRun(directory.resolve(name));
    }

    Path launcher() {
        return home.resolve("bin").resolve("convene");
    }

    /** Runs {@code bin/convene} with these arguments, the given settings as the only Convene variables, and input. */
    Result run(Map<String, String> settings, String input, String... arguments)
            throws IOException, InterruptedException {
        return run(launcher(), home, settings, input, arguments);
    }

    /**
     * Starts {@code bin/convene} to run until stopped, with no input; the returned future completes with the first line
     * on standard error that contains {@code awaited}.
     */
    public Started start(Map<String, String> settings, String awaited) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString());
        clean(builder.environment()).putAll(settings);
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> line = new CompletableFuture<>();
        StringBuilder errors = new StringBuilder();
        Thread.ofPlatform().daemon(true).name("convene-stderr").start(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(text -> {
                    synchronized (errors) {
                        errors.append(text).append('\n');
                    }
                    if (text.contains(awaited)) {
                        line.complete(text);
                    }
                });
                line.completeExceptionally(new IllegalStateException("bin/convene ended before \"" + awaited
                        + "\"; it printed:\n" + errors));
            } catch (IOException | UncheckedIOException failure) {
                // The stream closes as the process ends; a line already seen stays seen.
                line.completeExceptionally(failure);
            }
        });
        return new Started(process, line, () -> {
            synchronized (errors) {
                return errors.toString();
            }
        });
    }

    /**
     * A {@code bin/convene} that runs until stopped, the line it was awaited to print, and everything it has printed
     * on standard error so far.
     */
    public record Started(Process process, CompletableFuture<String> line, Supplier<String> errors) {
    }

    private static Map<String, String> clean(Map<String, String> environment) {
        new HashMap<>(environment).keySet().stream().filter(name -> name.equals("JAVA_HOME")
                || name.startsWith("CONVENE_") || name.startsWith("SLACK_") || name.startsWith("DISCORD_"))
                .forEach(environment::remove);
        return environment;
    }

    /** Runs a launcher script the same way, keeping what it prints in {@code scratch}. */
    private static Result run(Path script, Path scratch, Map<String, String> settings, String input, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        clean(builder.environment()).putAll(settings);
        Path output = Files.createTempFile(scratch, "stdout", ".txt");
        Path errors = Files.createTempFile(scratch, "stderr", ".txt");
        Process process = builder.redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(ended).as(script + " ended within a minute; it printed:\n%s\n%s", Files.readString(output),
                Files.readString(errors)).isTrue();
        return new Result(process.exitValue(), Files.readString(output), Files.readString(errors));
    }
}
