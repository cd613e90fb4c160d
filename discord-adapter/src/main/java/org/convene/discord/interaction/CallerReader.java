package org.convene.discord.interaction;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;
import org.convene.core.command.Caller;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.SpaceRef;

/**
 * Who made an interaction, as the core sees a caller: the guild as space, the user as identity, and Manage Server
 * in that channel (from the permissions Discord sends with the interaction, so uncached guilds work) as admin.
 */
final class CallerReader {

    Caller read(Interaction interaction) {
        Guild guild = interaction.getGuild();
        Member member = interaction.getMember();
        if (guild == null || member == null) {
            throw Refusal.invalid("Use /meetup in your community's server; direct messages have no community.");
        }
        String guildId = guild.getId();
        boolean admin = member.hasPermission(interaction.getGuildChannel(), Permission.MANAGE_SERVER);
        ChannelRef channel = interaction.getChannel() == null ? null
                : new ChannelRef(Platform.DISCORD, guildId, interaction.getChannel().getId());
        return new Caller(new SpaceRef(Platform.DISCORD, guildId), spaceName(guild),
                new Identity(Platform.DISCORD, interaction.getUser().getId()), member.getEffectiveName(), admin,
                channel);
    }

    private static String spaceName(Guild guild) {
        try {
            String name = guild.getName();
            return name == null || name.isBlank() ? "Discord server " + guild.getId() : name;
        } catch (UnsupportedOperationException uncached) {
            return "Discord server " + guild.getId();
        }
    }
}
