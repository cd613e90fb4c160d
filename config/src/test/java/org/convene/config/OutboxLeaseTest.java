package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A short lease (for quick take-over after an instance dies) still leaves each claim room for two sends. */
class OutboxLeaseTest {

    @Test
    void theLongestSendIsFortySecondsOrHalfOfAShorterLease() {
        assertThat(Outbox.longestSend(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(40));
        assertThat(Outbox.longestSend(Duration.ofSeconds(80))).isEqualTo(Duration.ofSeconds(40));
        assertThat(Outbox.longestSend(Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(2));
    }
}
