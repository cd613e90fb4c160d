package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.Optional;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack bot counts each 429 that Slack's Web API answers its real Bolt client. */
class SlackMetricsTest {

    private final CoreKit kit = new CoreKit();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private SlackStandIn slack;
    private SlackBot bot;

    @BeforeEach
    void start() throws IOException {
        slack = SlackStandIn.start();
        bot = new SlackBot(new SlackSettings(slack.workspace().botToken(), SlackAppHarness.SIGNING_SECRET,
                Optional.empty(), Optional.of(slack.apiUrlPrefix()), "127.0.0.1", 0), kit.commands, kit.myAgenda,
                kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock, new PlatformMeters(registry));
    }

    @AfterEach
    void stop() {
        try {
            bot.close();
        } finally {
            slack.close();
            kit.close();
        }
    }

    private double rateLimited() {
        Counter counter = registry.find("convene.platform.rate.limited").tag("platform", "slack").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a429FromSlackIsCountedAndTheDeliveryWaitsForItsRetryAfter() {
        Delivery delivery = new Delivery("reminder-7", new Target.Channel(new ChannelRef(Platform.SLACK,
                "T0STANDIN", "C0NEWS")), Reply.text("Talks tonight"), null);
        slack.rateLimitNext("chat.postMessage");

        Delivery.Result limited = bot.publisher().publish(delivery);
        Delivery.Result sent = bot.publisher().publish(delivery);

        assertThat(limited).isInstanceOf(Delivery.Retry.class);
        assertThat(sent).isInstanceOf(Delivery.Sent.class);
        assertThat(rateLimited()).isEqualTo(1);
    }
}
