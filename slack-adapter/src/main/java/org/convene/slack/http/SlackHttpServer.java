package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.App;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;

/**
 * A Bolt {@link App} served in Slack's HTTP mode on the instance's {@link HttpFront}: POST on the events path goes
 * through {@link SlackEventsRoute} (signature first, then Bolt), GET or HEAD on {@code /health} answers "ok".
 */
public final class SlackHttpServer implements AutoCloseable {

    private final App app;
    private final SlackHttpConfig config;
    private HttpFront front;

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
        if (front != null) {
            throw new IllegalStateException("the Slack HTTP front is already started");
        }
        app.start();
        HttpFront created = new HttpFront(new HttpFrontConfig(config.host(), config.port(), config.limits(),
                config.stopTimeout()))
                .route(config.eventsPath(), Set.of("POST"), new SlackEventsRoute(app, Clock.systemUTC()))
                .route(SlackHttpConfig.HEALTH_PATH, Set.of("GET", "HEAD"), call -> HttpAnswer.text(200, "ok"));
        try {
            created.start();
        } catch (IOException | RuntimeException e) {
            app.stop();
            throw e;
        }
        front = created;
    }

    /** The port bound, the ephemeral one if the configuration said 0. */
    public synchronized int port() {
        if (front == null) {
            throw new IllegalStateException("the Slack HTTP front is not started");
        }
        return front.port();
    }

    /** Whether the front is listening. */
    public synchronized boolean isRunning() {
        return front != null;
    }

    /**
     * Turns new requests away with 503, waits up to the configured stop timeout for the requests in flight to be
     * answered, then closes the listener and stops the Bolt app. Does nothing if not started.
     */
    public synchronized void stop() {
        if (front == null) {
            return;
        }
        try {
            front.stop();
        } finally {
            front = null;
            app.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
