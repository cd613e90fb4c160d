package org.convene.slack.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.request.RequestHeaders;
import java.time.Duration;

/**
 * Tells a first delivery from Slack's retries of it: a request carrying {@code X-Slack-Retry-Num} above 0, or whose
 * trigger id was seen in the last half hour, is a repeat. In Socket Mode, Bolt turns an envelope's {@code retry_attempt}
 * into that header, 0 on a first delivery.
 */
public final class RetryGuard {

    static final String RETRY_HEADER = "X-Slack-Retry-Num";

    private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(30))
            .maximumSize(100_000).build();

    /** Whether to skip the request; records its trigger id as seen. */
    public boolean isRepeat(RequestHeaders headers, String triggerId) {
        String retry = headers == null ? null : headers.getFirstValue(RETRY_HEADER);
        if (retry != null && !retry.strip().equals("0")) {
            return true;
        }
        return triggerId != null && seen.asMap().putIfAbsent(triggerId, Boolean.TRUE) != null;
    }
}
