package org.convene.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.testing.CoreKit;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.StandInGuild;

/**
 * The Discord stand-in with the given cached guilds and the core over a fresh database, for the {@link DiscordBot}s
 * a test builds from its settings; closing stops the bots, then the stand-in and the core.
 */
final class DiscordBotFixture implements AutoCloseable {

    final DiscordStandIn discord;
    final CoreKit kit = new CoreKit();
    private final List<DiscordBot> bots = new ArrayList<>();

    DiscordBotFixture(StandInGuild... cachedGuilds) {
        discord = DiscordStandIn.start(cachedGuilds);
    }

    /** Settings for shards {@code first} to {@code last} of {@code shards}, against the stand-in. */
    DiscordSettings settings(List<String> guildIds, int shards, int first, int last) {
        return new DiscordSettings(discord.botToken(), guildIds, Optional.of(discord.restBaseUrl()),
                Optional.of(discord.gatewayUrl()), shards, first, last);
    }

    /** A bot with one shard and no guilds for instant registration, not started yet. */
    DiscordBot bot() {
        return bot(settings(List.of(), 1, 0, 0), PlatformMeters.none());
    }

    /** A bot over the core, not started yet; closed with the fixture. */
    DiscordBot bot(DiscordSettings settings, PlatformMeters meters) {
        DiscordBot bot = new DiscordBot(settings, kit.commands, kit.listGroups, kit.listEvents, meters);
        bots.add(bot);
        return bot;
    }

    /** A bot started within {@code timeout}. */
    DiscordBot started(DiscordSettings settings, PlatformMeters meters, Duration timeout) {
        DiscordBot bot = bot(settings, meters);
        bot.start(timeout);
        return bot;
    }

    @Override
    public void close() {
        try {
            bots.forEach(DiscordBot::close);
        } finally {
            discord.close();
            kit.close();
        }
    }
}
