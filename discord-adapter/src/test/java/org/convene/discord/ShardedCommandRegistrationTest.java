package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.convene.core.metrics.PlatformMeters;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.Snowflakes;
import org.convene.discord.standin.StandInChannel;
import org.convene.discord.standin.StandInGuild;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two instances each running one of two shards register {@code /meetup} in each configured guild exactly once. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ShardedCommandRegistrationTest {

    private static final String GUILD_COMMANDS = "/applications/{applicationId}/guilds/{guildId}/commands";

    private final StandInGuild onShardZero = StandInGuild.withId(Snowflakes.onShard(0, 2), "Readers",
            StandInChannel.named("meetups"));
    private final StandInGuild onShardOne = StandInGuild.withId(Snowflakes.onShard(1, 2), "Writers",
            StandInChannel.named("meetups"));
    @AutoClose
    private final DiscordBotFixture fixture = new DiscordBotFixture(onShardZero, onShardOne);
    private final DiscordStandIn discord = fixture.discord;

    @Test
    void eachConfiguredGuildIsRegisteredOnceByTheInstanceRunningItsShard() throws Exception {
        List<String> guildIds = List.of(Long.toUnsignedString(onShardZero.id()), Long.toUnsignedString(onShardOne.id()));
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            DiscordBot bot = fixture.bot(fixture.settings(guildIds, 2, shard, shard), PlatformMeters.none());
            started.add(CompletableFuture.runAsync(() -> bot.start(Duration.ofSeconds(60))));
        }
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).get(80, TimeUnit.SECONDS);

        assertThat(discord.requests()).filteredOn(RecordedRequest.to("PUT", GUILD_COMMANDS))
                .extracting(request -> request.pathVariables(GUILD_COMMANDS).get("guildId"))
                .containsExactlyInAnyOrderElementsOf(guildIds);
        assertThat(discord.requests()).filteredOn(RecordedRequest.to("PUT", "/applications/{applicationId}/commands"))
                .isEmpty();
    }
}
