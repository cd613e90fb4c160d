package org.convene.config.instances;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.config.DistributionRun;

/**
 * One Convene instance: the unpacked distribution's {@code bin/convene} as a process of its own, with its own data
 * directory and HTTP port and the settings every instance shares.
 */
final class Instance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final DistributionRun.Started started;

    private Instance(String name, int port, DistributionRun.Started started) {
        this.name = requireNonNull(name, "name");
        this.port = port;
        this.started = requireNonNull(started, "started");
    }

    /**
     * Starts an instance; it counts as up once it printed {@code awaited}.
     *
     * @param shared the settings of every instance (database, platforms)
     * @param own this instance's settings (such as its shard range)
     */
    static Instance start(DistributionRun distribution, Path scratch, String name, Map<String, String> shared,
                          Map<String, String> own, String awaited) {
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            Map<String, String> settings = new HashMap<>(shared);
            settings.putAll(own);
            settings.put("CONVENE_DATA_DIR", Files.createDirectories(scratch.resolve(name)).toString());
            settings.put("CONVENE_HTTP_HOST", "127.0.0.1");
            settings.put("CONVENE_HTTP_PORT", Integer.toString(port));
            return new Instance(name, port, distribution.start(settings, awaited));
        } catch (IOException failure) {
            throw new UncheckedIOException("instance " + name + " did not start", failure);
        }
    }

    /** Waits until the instance printed the awaited line; fails with what it printed otherwise. */
    void awaitUp(Duration timeout) {
        try {
            started.line().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failure) {
            throw new AssertionError("instance " + name + " was not up within " + timeout.toSeconds()
                    + " s; it printed:\n" + errors(), failure);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return started.process().pid();
    }

    URI slackEvents() {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    /** The status {@code GET /readyz} answers. */
    int readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** What the instance printed on standard error so far. */
    String errors() {
        return started.errors().get();
    }

    /** SIGKILL: the process ends at once, with no shutdown hook; returns its exit code. */
    int kill() throws InterruptedException {
        Process process = started.process().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("instance " + name + " survived SIGKILL");
        }
        return process.exitValue();
    }

    /** SIGTERM, waiting for the clean stop. */
    @Override
    public void close() throws InterruptedException {
        Process process = started.process();
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public String toString() {
        return "instance " + name + " (pid " + pid() + ", port " + port + ")";
    }
}
