package org.convene.discord;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import org.convene.discord.interaction.MeetupCommandDefinition;
import org.convene.discord.publish.DiscordClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /meetup} as a bulk overwrite, so registering again is harmless. Globally: only from the instance
 * that runs shard 0, so several instances do not race to replace it. In each configured guild (shown at once): from
 * the instance that runs the guild's shard ({@code (guild_id >> 22) % shards}), the only one that sees the guild.
 */
final class CommandRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

    private final DiscordSettings settings;
    private final DiscordClient client;

    CommandRegistrar(DiscordSettings settings, DiscordClient client) {
        this.settings = requireNonNull(settings, "settings");
        this.client = requireNonNull(client, "client");
    }

    /** @param firstShard the connection of shard 0, or null when this instance does not run it */
    void register(JDA firstShard) {
        if (settings.guildIds().isEmpty()) {
            if (settings.firstShard() == 0 && firstShard != null) {
                firstShard.updateCommands().addCommands(MeetupCommandDefinition.command()).complete();
            }
            return;
        }
        for (String guildId : settings.guildIds()) {
            long id = Long.parseUnsignedLong(guildId);
            if (!runsShardOf(id)) {
                continue;
            }
            Guild guild = client.guild(id);
            if (guild == null) {
                LOG.warn("Not registering /meetup in guild {}: the bot is not in it", guildId);
                continue;
            }
            guild.updateCommands().addCommands(MeetupCommandDefinition.command()).complete();
        }
    }

    private boolean runsShardOf(long guildId) {
        long shard = Long.remainderUnsigned(guildId >>> 22, settings.totalShards());
        return shard >= settings.firstShard() && shard <= settings.lastShard();
    }
}
