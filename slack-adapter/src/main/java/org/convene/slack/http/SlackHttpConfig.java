package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.convene.http.HttpLimits;

/**
 * Where the Slack HTTP front listens: host, port (0 picks a free one), the path Slack posts to, how long
 * {@link SlackHttpServer#stop()} waits for requests in flight, and what strangers may make the server do.
 */
public record SlackHttpConfig(String host, int port, String eventsPath, Duration stopTimeout, HttpLimits limits) {

    /** The path Slack's request URLs usually point to. */
    public static final String DEFAULT_EVENTS_PATH = "/slack/events";

    /** The path that answers "ok" while the server runs. */
    public static final String HEALTH_PATH = "/health";

    /** How long stopping waits for requests in flight unless told otherwise. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public SlackHttpConfig {
        requireNonNull(host, "host");
        requireNonNull(eventsPath, "eventsPath");
        requireNonNull(stopTimeout, "stopTimeout");
        requireNonNull(limits, "limits");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
        if (!eventsPath.startsWith("/") || eventsPath.equals(HEALTH_PATH)) {
            throw new IllegalArgumentException(
                    "eventsPath must start with / and differ from " + HEALTH_PATH + ", was " + eventsPath);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative, was " + stopTimeout);
        }
    }

    /** A configuration with the default events path, stop timeout and limits. */
    public static SlackHttpConfig of(String host, int port) {
        return new SlackHttpConfig(host, port, DEFAULT_EVENTS_PATH, DEFAULT_STOP_TIMEOUT, HttpLimits.DEFAULTS);
    }

    /** The same configuration serving Slack's requests on another path. */
    public SlackHttpConfig withEventsPath(String path) {
        return new SlackHttpConfig(host, port, path, stopTimeout, limits);
    }

    /** The same configuration with another bound on how long stopping waits. */
    public SlackHttpConfig withStopTimeout(Duration timeout) {
        return new SlackHttpConfig(host, port, eventsPath, timeout, limits);
    }

    /** The same configuration with other limits on what strangers may make the server do. */
    public SlackHttpConfig withLimits(HttpLimits otherLimits) {
        return new SlackHttpConfig(host, port, eventsPath, stopTimeout, otherLimits);
    }
}
