package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

/**
 * An answer a test has arranged for the next request on one route, given instead of the usual one exactly once.
 *
 * @param method the HTTP method it applies to
 * @param pattern the route it applies to
 * @param answer what to answer
 */
record PlannedAnswer(String method, RoutePattern pattern, RestAnswer answer) {
    PlannedAnswer {
        requireNonNull(method, "method");
        requireNonNull(pattern, "pattern");
        requireNonNull(answer, "answer");
    }

    boolean appliesTo(RecordedRequest request) {
        return request.method().equalsIgnoreCase(method) && pattern.matches(request.path());
    }
}
