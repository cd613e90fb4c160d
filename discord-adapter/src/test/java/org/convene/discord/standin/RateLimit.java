package org.convene.discord.standin;

import java.time.Duration;
import java.util.Locale;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A 429 answer as Discord sends it: the JSON body carries {@code retry_after} in fractional seconds, the
 * {@code Retry-After} header the same rounded up to whole seconds (JDA parses that header as an integer and waits
 * for the larger of the two, rounded up, so the shortest wait JDA can be told is one second).
 *
 * @param retryAfter how long the client should wait
 * @param global whether the limit is global rather than for the route's bucket
 */
public record RateLimit(Duration retryAfter, boolean global) {
    public RateLimit {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
    }

    /** The limit the brief example shows: 0.2 s, not global. */
    public static RateLimit brief() {
        return new RateLimit(Duration.ofMillis(200), false);
    }

    RestAnswer toAnswer() {
        double seconds = retryAfter.toNanos() / 1e9;
        long wholeSeconds = (long) Math.ceil(seconds);
        DataObject body = DataObject.empty()
                .put("message", "You are being rate limited.")
                .put("retry_after", seconds)
                .put("global", global);
        RestAnswer answer = RestAnswer.json(429, body)
                .withHeader("Retry-After", Long.toString(wholeSeconds))
                .withHeader("X-RateLimit-Limit", "5")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", seconds))
                .withHeader("X-RateLimit-Scope", global ? "global" : "user");
        return global ? answer.withHeader("X-RateLimit-Global", "true") : answer;
    }
}
