package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * An answer a test has arranged for the next request on one route, given instead of the usual one (or the usual one
 * late) exactly once.
 *
 * @param method the HTTP method it applies to
 * @param pattern the route it applies to
 * @param answer what to answer, or empty for the route's usual answer
 * @param delay how long to hold the answer back (zero: at once)
 */
record PlannedAnswer(String method, RoutePattern pattern, Optional<RestAnswer> answer,
                     Duration delay) {
    PlannedAnswer {
        requireNonNull(method, "method");
        requireNonNull(pattern, "pattern");
        requireNonNull(answer, "answer");
        requireNonNull(delay, "delay");
    }

    boolean appliesTo(RecordedRequest request) {
        return request.method().equalsIgnoreCase(method) && pattern.matches(request.path());
    }
}
