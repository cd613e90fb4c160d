package org.convene.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.request.RequestHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** First deliveries and retries, as the HTTP front and Socket Mode hand them to Bolt. */
class RetryGuardTest {

    private final RetryGuard guard = new RetryGuard();

    @Test
    void socketModeFirstDeliveryNumberedZeroIsNotARepeat() {
        RequestHeaders headers = new RequestHeaders(Map.of(RetryGuard.RETRY_HEADER, List.of("0")));

        assertThat(guard.isRepeat(headers, "1.4242.a")).isFalse();
    }

    @Test
    void numberedRetryIsARepeat() {
        RequestHeaders headers = new RequestHeaders(Map.of(RetryGuard.RETRY_HEADER, List.of("1")));

        assertThat(guard.isRepeat(headers, "2.4242.b")).isTrue();
    }

    @Test
    void sameTriggerSeenAgainIsARepeat() {
        RequestHeaders none = new RequestHeaders(Map.of());

        assertThat(guard.isRepeat(none, "3.4242.c")).isFalse();
        assertThat(guard.isRepeat(none, "3.4242.c")).isTrue();
    }
}
