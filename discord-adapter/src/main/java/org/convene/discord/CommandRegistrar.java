package org.convene.discord;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import org.convene.discord.interaction.MeetupCommandDefinition;
import org.convene.discord.publish.DiscordClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /meetup}: in each configured guild (shown at once) or else globally, and only from the instance
 * that owns shard 0, so several instances do not race to replace it.
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
        if (settings.firstShard() != 0 || firstShard == null) {
            return;
        }
        if (settings.guildIds().isEmpty()) {
            firstShard.updateCommands().addCommands(MeetupCommandDefinition.command()).complete();
            return;
        }
        for (String guildId : settings.guildIds()) {
            Guild guild = client.guild(Long.parseUnsignedLong(guildId));
            if (guild == null) {
                LOG.warn("Not registering /meetup in guild {}: the bot is not in it", guildId);
                continue;
            }
            guild.updateCommands().addCommands(MeetupCommandDefinition.command()).complete();
        }
    }
}
