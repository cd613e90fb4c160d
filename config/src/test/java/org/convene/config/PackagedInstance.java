package org.convene.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Convene instance: an unpacked distribution's {@code bin/convene} as a process of its own, with its own data
 * directory and its HTTP front on a free loopback port, counting as up once it printed an awaited line.
 */
public final class PackagedInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration STOP = Duration.ofSeconds(60);

    private final String name;
    private final int port;
    private final Path dataDirectory;
    private final DistributionRun.Started started;

    private PackagedInstance(String name, int port, Path dataDirectory, DistributionRun.Started started) {
        this.name = requireNonNull(name, "name");
        this.port = port;
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory");
        this.started = requireNonNull(started, "started");
    }

    /**
     * Starts an instance without waiting for it (see {@link #awaitUp}).
     *
     * @param settings the instance's settings but its data directory and HTTP address, which this sets
     * @param awaited  the line on standard error that tells it is up, such as {@code Serving Slack}
     */
    public static PackagedInstance start(DistributionRun distribution, String name, Path dataDirectory,
                                         Map<String, String> settings, String awaited) {
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            Map<String, String> all = new HashMap<>(settings);
            all.put("CONVENE_DATA_DIR", dataDirectory.toString());
            all.put("CONVENE_HTTP_HOST", "127.0.0.1");
            all.put("CONVENE_HTTP_PORT", Integer.toString(port));
            return new PackagedInstance(name, port, dataDirectory, distribution.start(all, awaited));
        } catch (IOException failure) {
            throw new UncheckedIOException("instance " + name + " did not start", failure);
        }
    }

    /**
     * Waits until the instance printed the awaited line and returns that line; stops the instance and fails with what
     * it printed otherwise.
     */
    public String awaitUp(Duration timeout) {
        try {
            return started.line().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String printed = errors();
            close();
            throw new AssertionError("instance " + name + " was not up within " + timeout.toSeconds()
                    + " s; it printed:\n" + printed, failure);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return started.process().pid();
    }

    /** Where its HTTP front listens: {@code 127.0.0.1:<port>}. */
    public String httpAddress() {
        return "127.0.0.1:" + port;
    }

    /** The instance's data directory, where its log file is. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where Slack's requests to this instance go. */
    public URI slackEvents() {
        return URI.create("http://" + httpAddress() + "/slack/events");
    }

    /** The status {@code GET /readyz} answers. */
    public int readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + httpAddress() + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** What the instance printed on standard error so far. */
    public String errors() {
        return started.errors().get();
    }

    /** SIGKILL: the process ends at once, with no shutdown hook; returns its exit code. */
    public int kill() throws InterruptedException {
        Process process = started.process().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("instance " + name + " survived SIGKILL");
        }
        return process.exitValue();
    }

    /** Stops the instance as an operator would (SIGTERM) and returns its exit code; fails if it takes a minute. */
    public int stop() throws InterruptedException {
        Process process = started.process();
        process.destroy();
        if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("instance " + name + " did not stop within a minute of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGTERM if it still runs, and SIGKILL if that has not stopped it within a minute. */
    @Override
    public void close() {
        Process process = started.process();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "instance " + name + " (pid " + pid() + ", port " + port + ")";
    }
}
