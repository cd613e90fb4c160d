package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What a stranger can make the HTTP front do: the largest request body, how long a new connection may take to send
 * its request headers (and a request its body), how long a kept-alive connection may sit idle, how many connections
 * may be open at once and how many requests may be handled at once (more wait briefly, then get 503).
 */
public record HttpLimits(int maxBodyBytes, Duration readTimeout, Duration idleTimeout, int maxConnections,
                         int maxConcurrentRequests) {

    /** Sane defaults for a bot that receives small JSON and form posts. */
    public static final HttpLimits DEFAULTS =
            new HttpLimits(1 << 20, Duration.ofSeconds(5), Duration.ofSeconds(30), 512, 64);

    public HttpLimits {
        requireNonNull(readTimeout, "readTimeout");
        requireNonNull(idleTimeout, "idleTimeout");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        if (readTimeout.isNegative() || readTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, were " + readTimeout + " and " + idleTimeout);
        }
        if (maxConnections < 1 || maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConnections and maxConcurrentRequests must be positive, were "
                    + maxConnections + " and " + maxConcurrentRequests);
        }
    }
}
