package org.convene.config.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The distribution of the last release (the commit recorded in {@code db/released-schema.properties}), built from
 * this clone's git history (fetched from its origin when the clone is shallow) with that commit's own Maven wrapper,
 * and kept under {@code target/released} so later runs reuse it. Missing history or a failed build fails the caller with what to do; it never skips.
 */
final class ReleasedBuild {

    private static final long BUILD_MINUTES = 20;

    private ReleasedBuild() {
    }

    /** The released commit, as recorded beside the migrations. */
    static String commit() {
        return recorded().getProperty("commit");
    }

    /** The version of the released schema's last migration. */
    static String version() {
        return recorded().getProperty("version");
    }

    private static Properties recorded() {
        Properties released = new Properties();
        try (InputStream in = ReleasedBuild.class.getClassLoader()
                .getResourceAsStream("db/released-schema.properties")) {
            if (in == null) {
                throw new IllegalStateException("db/released-schema.properties is missing from the classpath");
            }
            released.load(in);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return released;
    }

    /** The released distribution's archive, built now unless an earlier run left it in {@code target/released}. */
    static Path archive(String commit) throws IOException, InterruptedException {
        Path root = Path.of(run(Path.of("").toAbsolutePath(), "finding the repository (is this a git clone?)",
                "git", "rev-parse", "--show-toplevel").strip());
        Path home = Path.of("target", "released", commit).toAbsolutePath();
        Path built = home.resolve("built");
        if (!Files.exists(built)) {
            if (!inHistory(root, commit)) {
                fetch(root, commit);
            }
            run(root, "finding the released commit " + commit + " in this clone's history (fetch it, e.g."
                    + " git fetch --unshallow, to run the upgrade test)", "git", "cat-file", "-e",
                    commit + "^{commit}");
            deleteRecursively(home);
            Files.createDirectories(home);
            Path tar = home.resolveSibling(commit + ".tar");
            run(root, "exporting " + commit, "git", "archive", "--format=tar", "-o", tar.toString(), commit);
            run(home, "unpacking " + commit, "tar", "-xf", tar.toString());
            Files.delete(tar);
            long started = System.nanoTime();
            run(home, "building the released commit " + commit, "./mvnw", "-B", "-q", "-DskipTests", "-pl", "config",
                    "-am", "package");
            Files.writeString(built, "built in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)
                    + " s\n");
        }
        try (Stream<Path> archives = Files.list(home.resolve("config").resolve("target"))) {
            return archives.filter(path -> path.getFileName().toString().matches("convene-.*\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("the released build of " + commit
                            + " made no convene-*.tar.gz in " + home.resolve("config/target")));
        }
    }

    private static boolean inHistory(Path root, String commit) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("git", "cat-file", "-e", commit + "^{commit}").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return probe.waitFor(1, TimeUnit.MINUTES) && probe.exitValue() == 0;
    }

    /** A shallow clone lacks the released commit: ask the clone's origin for it, then for the whole history. */
    private static void fetch(Path root, String commit) throws IOException, InterruptedException {
        for (List<String> command : List.of(List.of("git", "fetch", "--quiet", "--depth=1", "origin", commit),
                List.of("git", "fetch", "--quiet", "--unshallow", "origin"))) {
            Process fetching = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (fetching.waitFor(BUILD_MINUTES, TimeUnit.MINUTES) && fetching.exitValue() == 0
                    && inHistory(root, commit)) {
                return;
            }
        }
    }

    /** The name of the directory the archive unpacks into: its file name without {@code .tar.gz}. */
    static String unpackedName(Path archive) {
        String name = archive.getFileName().toString();
        return name.substring(0, name.length() - ".tar.gz".length());
    }

    private static String run(Path directory, String what, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        new ArrayList<>(environment.keySet()).stream().filter(name -> name.startsWith("MAVEN_PROJECTBASEDIR")
                || name.equals("MAVEN_CMD_LINE_ARGS") || name.equals("MAVEN_CONFIG")).forEach(environment::remove);
        Path output = Files.createTempFile("released-build", ".log");
        try {
            Process process = builder.redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new AssertionError("Failed " + what + ": " + String.join(" ", command)
                        + (ended ? " exited " + process.exitValue() : " did not end in " + BUILD_MINUTES + " min")
                        + " in " + directory + "\n" + tail(printed));
            }
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String tail(String printed) {
        List<String> lines = printed.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
