package org.convene.slack.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.request.RequestHeaders;
import java.time.Duration;

/**
 * Tells a first delivery from Slack's retries of it: a request carrying {@code X-Slack-Retry-Num}, or whose
 * trigger id was seen in the last half hour, is a repeat.
 */
public final class RetryGuard {

    static final String RETRY_HEADER = "X-Slack-Retry-Num";

    private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(30))
            .maximumSize(100_000).build();

    /** Whether to skip the request; records its trigger id as seen. */
    public boolean isRepeat(RequestHeaders headers, String triggerId) {
        if (headers != null && headers.getFirstValue(RETRY_HEADER) != null) {
            return true;
        }
        return triggerId != null && seen.asMap().putIfAbsent(triggerId, Boolean.TRUE) != null;
    }
}
