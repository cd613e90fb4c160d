package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Reply;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.StandInChannel;
import org.convene.discord.standin.StandInGuild;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Discord bot reports each 429 its real JDA meets, and every shard's status and gateway ping. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordMetricsTest {

    private static final String CHANNEL_MESSAGES = "/channels/{channelId}/messages";

    private final StandInChannel meetups = StandInChannel.named("meetups");
    private final StandInGuild library = StandInGuild.named("Library Friends", meetups);
    @AutoClose
    private final DiscordBotFixture fixture = new DiscordBotFixture(library);
    private final DiscordStandIn discord = fixture.discord;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private DiscordBot bot;

    private void start(int shards) {
        bot = fixture.started(fixture.settings(List.of(), shards, 0, shards - 1), new PlatformMeters(registry),
                Duration.ofSeconds(30));
    }

    private double rateLimited() {
        Counter counter = registry.find("convene.platform.rate.limited").tag("platform", "discord").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a429FromDiscordIsCountedAndJdaStillDeliversTheMessage() {
        start(1);
        discord.rateLimitNext("POST", CHANNEL_MESSAGES);
        Target.Channel channel = new Target.Channel(new ChannelRef(Platform.DISCORD,
                Long.toUnsignedString(library.id()), Long.toUnsignedString(meetups.id())));

        Delivery.Result result = bot.publisher().publish(new Delivery("reminder-7", channel,
                Reply.text("Talks tonight").publicly(), null));

        assertThat(result).isInstanceOf(Delivery.Sent.class);
        assertThat(discord.requests().stream().filter(RecordedRequest.to("POST", CHANNEL_MESSAGES)))
                .extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(rateLimited()).isEqualTo(1);
    }

    @Test
    void everyShardReportsWhetherItIsConnectedAndItsGatewayPingUntilTheBotStops() {
        start(2);

        assertThat(registry.get("convene.discord.shard.connected").tag("shard", "0").gauge().value()).isEqualTo(1);
        assertThat(registry.get("convene.discord.shard.connected").tag("shard", "1").gauge().value()).isEqualTo(1);
        assertThat(registry.get("convene.discord.gateway.ping").tag("shard", "1").timeGauge()).isNotNull();
        assertThat(rateLimited()).isZero();

        bot.close();

        assertThat(registry.get("convene.discord.shard.connected").tag("shard", "0").gauge().value()).isZero();
    }
}
