package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.App;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP front of a Bolt {@link App} for Slack's HTTP mode, on the JDK's HTTP server with one
 * virtual thread per request. Bolt's signature verification stays on: a request that is not signed
 * with the app's signing secret, or signed more than five minutes ago, is answered 401 by Bolt.
 */
public final class SlackHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    private static final Duration EXECUTOR_GRACE = Duration.ofSeconds(2);

    private final App app;
    private final SlackHttpConfig config;
    private HttpServer server;
    private ExecutorService executor;
    private RequestGate gate;

    public SlackHttpServer(App app, SlackHttpConfig config) {
        this.app = requireNonNull(app, "app");
        this.config = requireNonNull(config, "config");
    }

    /**
     * Starts the Bolt app (which checks its bot token with {@code auth.test}) and then listens.
     *
     * @throws IOException if the address cannot be bound
     * @throws IllegalStateException if already started
     */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("the Slack HTTP front is already started");
        }
        app.start();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
            RequestGate createdGate = new RequestGate();
            created.setExecutor(threads);
            created.createContext("/", new SlackExchangeHandler(
                    new BoltRequestForwarder(app), config.eventsPath(), createdGate));
            created.start();
            server = created;
            executor = threads;
            gate = createdGate;
        } catch (IOException | RuntimeException e) {
            threads.shutdownNow();
            throw e;
        }
        log.info("Slack HTTP front listening on {}:{}{}", config.host(), port(), config.eventsPath());
    }

    /** The port bound, the ephemeral one if the configuration said 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the Slack HTTP front is not started");
        }
        return server.getAddress().getPort();
    }

    /** Whether the front is listening. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Turns new requests away with 503, waits up to the configured stop timeout for the requests in
     * flight to be answered, then closes the listener and stops the Bolt app. Does nothing if not started.
     */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            if (!gate.closeAndAwait(config.stopTimeout())) {
                log.warn("Stopping the Slack HTTP front with {} requests still in flight after {}",
                        gate.inFlight(), config.stopTimeout());
            }
            server.stop(0);
            executor.shutdown();
            if (!executor.awaitTermination(EXECUTOR_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.stop(0);
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            server = null;
            executor = null;
            gate = null;
            app.stop();
            log.info("Slack HTTP front stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }
}
