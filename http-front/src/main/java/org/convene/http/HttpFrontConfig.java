package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Where the HTTP front listens (port 0 picks a free one), its limits, and how long {@link HttpFront#stop()} waits
 * for the requests in flight.
 */
public record HttpFrontConfig(String host, int port, HttpLimits limits, Duration stopTimeout) {

    /** How long stopping waits for requests in flight unless told otherwise. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public HttpFrontConfig {
        requireNonNull(host, "host");
        requireNonNull(limits, "limits");
        requireNonNull(stopTimeout, "stopTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative, was " + stopTimeout);
        }
    }

    /** A configuration with the default limits and stop timeout. */
    public static HttpFrontConfig of(String host, int port) {
        return new HttpFrontConfig(host, port, HttpLimits.DEFAULTS, DEFAULT_STOP_TIMEOUT);
    }
}
