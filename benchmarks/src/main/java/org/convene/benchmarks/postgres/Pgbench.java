package org.convene.benchmarks.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.benchmarks.BenchmarkFailure;

/** Runs PostgreSQL's own pgbench against a database and reads the transactions per second it reports. */
public final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final List<String> PLACES = List.of("/usr/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench",
            "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench");

    private final Path executable;

    private Pgbench(Path executable) {
        this.executable = executable;
    }

    /** Finds pgbench ({@code PGBENCH} first, then the usual places), or fails saying what to install. */
    public static Pgbench find() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("PGBENCH");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(PLACES);
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return new Pgbench(path);
            }
        }
        throw new BenchmarkFailure("pgbench was not found (looked at " + candidates + "): install it with "
                + "'apt-get install postgresql-15' (Debian's PostgreSQL 15 server package ships pgbench), or set "
                + "PGBENCH to its path");
    }

    /** {@code pgbench -i -s scale}: creates and fills the standard tables. */
    public void initialize(PostgresAddress address, int scale) {
        run(address, List.of("-i", "-q", "-s", Integer.toString(scale)), Duration.ofMinutes(5));
    }

    /** The built-in TPC-B-like script with {@code clients} clients and threads for {@code duration}; the TPS. */
    public double tpcbLike(PostgresAddress address, int clients, Duration duration) {
        return tps(run(address, List.of("-b", "tpcb-like", "-c", Integer.toString(clients), "-j",
                Integer.toString(clients), "-T", Long.toString(seconds(duration))), duration.plusMinutes(2)));
    }

    /** A custom script (-f, no vacuum) with {@code clients} clients and threads for {@code duration}; the TPS. */
    public double custom(PostgresAddress address, String script, int clients, Duration duration) {
        return custom(address, script, clients, duration, "simple");
    }

    /**
     * The same with each statement prepared once per client ({@code -M prepared}), as a JDBC driver does: the
     * figure is then the statements' execution, not their parsing and planning.
     */
    public double customPrepared(PostgresAddress address, String script, int clients, Duration duration) {
        return custom(address, script, clients, duration, "prepared");
    }

    private double custom(PostgresAddress address, String script, int clients, Duration duration, String protocol) {
        try {
            Path file = Files.createTempFile("convene-pgbench", ".sql");
            try {
                Files.writeString(file, script);
                return tps(run(address, List.of("-n", "-M", protocol, "-f", file.toString(), "-c",
                        Integer.toString(clients), "-j", Integer.toString(clients), "-T",
                        Long.toString(seconds(duration))), duration.plusMinutes(2)));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException failure) {
            throw new BenchmarkFailure("could not write the pgbench script", failure);
        }
    }

    private static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds());
    }

    private static double tps(String output) {
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new BenchmarkFailure("pgbench reported no TPS; it said:\n" + output);
        }
        double tps = Double.parseDouble(matcher.group(1));
        if (tps <= 0) {
            throw new BenchmarkFailure("pgbench reported " + tps + " TPS; it said:\n" + output);
        }
        return tps;
    }

    private String run(PostgresAddress address, List<String> arguments, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-h", address.host(), "-p",
                Integer.toString(address.port()), "-U", address.user()));
        command.addAll(arguments);
        command.add(address.database());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new BenchmarkFailure("pgbench did not finish within " + timeout + ": " + command);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new BenchmarkFailure("pgbench failed (exit " + process.exitValue() + "): " + command + "\n"
                        + text);
            }
            return text;
        } catch (IOException failure) {
            throw new BenchmarkFailure("pgbench could not run: " + command, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while pgbench ran", interrupted);
        }
    }
}
