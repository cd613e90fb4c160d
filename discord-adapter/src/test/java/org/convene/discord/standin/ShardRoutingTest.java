package org.convene.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Like Discord, the stand-in sends a guild's events only to the session of the guild's shard. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ShardRoutingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DiscordStandIn discord = DiscordStandIn.start();
    private final List<JDA> shards = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (JDA shard : shards) {
            shard.shutdownNow();
            shard.awaitShutdown(TIMEOUT);
        }
        discord.close();
    }

    @Test
    void aGuildsInteractionReachesOnlyTheSessionOfItsShard() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> firstSeen = new CompletableFuture<>();
        CompletableFuture<Void> secondSeen = new CompletableFuture<>();
        for (int shard = 0; shard < 2; shard++) {
            int id = shard;
            shards.add(StandInJda.start(discord, builder -> builder.useSharding(id, 2)
                    .addEventListeners(new ListenerAdapter() {
                        @Override
                        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                            seen.add(id + ":" + event.getSubcommandName());
                            (event.getSubcommandName().equals("groups") ? firstSeen : secondSeen).complete(null);
                        }
                    })));
        }
        InteractionOrigin onShardOne = InteractionOrigin.inGuild(Snowflakes.onShard(1, 2),
                StandInChannel.named("meetups"), StandInUser.named("ada"));
        InteractionOrigin onShardZero = InteractionOrigin.inGuild(Snowflakes.onShard(0, 2),
                StandInChannel.named("meetups"), StandInUser.named("ada"));

        discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("groups"), onShardOne);
        firstSeen.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help"), onShardZero);
        secondSeen.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        // Each session handles its events in order, so a copy of the first sent to shard 0 would be seen by now.
        assertThat(seen).containsExactly("1:groups", "0:help");
        assertThat(discord.gatewayFrames()).filteredOn(frame -> frame.op() == GatewayFrame.IDENTIFY)
                .extracting(frame -> frame.data().getArray("shard").getInt(0)).containsExactlyInAnyOrder(0, 1);
    }
}
