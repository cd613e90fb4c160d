package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged distribution unpacked with {@code tar} into a directory, and runs of its {@code bin/convene} (or of the
 * checkout's {@code ./convene}) as a separate process with a clean environment (no JAVA_HOME: the launcher must find a JDK by itself), piped input and
 * a one-minute bound.
 */
final class DistributionRun {

    /** What one run printed and how it ended. */
    record Result(int exitCode, String output, String errors) {
    }

    private final Path home;

    private DistributionRun(Path home) {
        this.home = home;
    }

    /** Unpacks the archive the build made ({@code convene.distribution}) into {@code directory}. */
    static DistributionRun unpack(Path directory) throws IOException, InterruptedException {
        Path archive = Path.of(System.getProperty("convene.distribution"));
        assertThat(archive).as("the distribution built by package").exists();
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", directory.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        return new DistributionRun(directory.resolve(System.getProperty("convene.distribution.name")));
    }

    Path launcher() {
        return home.resolve("bin").resolve("convene");
    }

    /** Runs {@code bin/convene} with these arguments, the given settings as the only Convene variables, and input. */
    Result run(Map<String, String> settings, String input, String... arguments)
            throws IOException, InterruptedException {
        return run(launcher(), home, settings, input, arguments);
    }

    /** Runs a launcher script the same way, keeping what it prints in {@code scratch}. */
    static Result run(Path script, Path scratch, Map<String, String> settings, String input, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        new HashMap<>(environment).keySet().stream().filter(name -> name.equals("JAVA_HOME")
                || name.startsWith("CONVENE_") || name.startsWith("SLACK_") || name.startsWith("DISCORD_"))
                .forEach(environment::remove);
        environment.putAll(settings);
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
