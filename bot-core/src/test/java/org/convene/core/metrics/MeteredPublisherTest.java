package org.convene.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Reply;
import org.convene.core.testing.RecordingPublisher;
import org.junit.jupiter.api.Test;

/** Each delivery's outcome is counted by platform, and each one put back to try again counts as a retry. */
class MeteredPublisherTest {

    private static final Delivery DELIVERY = new Delivery("key-1",
            new Target.Channel(new ChannelRef(Platform.SLACK, "T1", "C1")), Reply.text("Book club tonight"), null);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    private final MeteredPublisher metered = new MeteredPublisher(slack, registry);

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void outcomesAreCountedByPlatformAndRetriesBesideThem() {
        metered.publish(DELIVERY);
        slack.answer(delivery -> new Delivery.Retry(Duration.ofSeconds(30), "rate limited by Slack"));
        metered.publish(DELIVERY);
        slack.answer(delivery -> new Delivery.Rejected("channel_not_found"));
        metered.publish(DELIVERY);

        assertThat(count("convene.deliveries", "platform", "slack", "outcome", "sent")).isEqualTo(1);
        assertThat(count("convene.deliveries", "platform", "slack", "outcome", "retry")).isEqualTo(1);
        assertThat(count("convene.deliveries", "platform", "slack", "outcome", "rejected")).isEqualTo(1);
        assertThat(count("convene.platform.retries", "platform", "slack")).isEqualTo(1);
        assertThat(metered.platform()).isEqualTo(Platform.SLACK);
    }

    @Test
    void aPublisherThatThrowsCountsAsFailedAndRetried() {
        slack.answer(delivery -> {
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> metered.publish(DELIVERY)).isInstanceOf(IllegalStateException.class);

        assertThat(count("convene.deliveries", "platform", "slack", "outcome", "failed")).isEqualTo(1);
        assertThat(count("convene.platform.retries", "platform", "slack")).isEqualTo(1);
    }
}
