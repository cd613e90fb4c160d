package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.Permission;

/**
 * Where an interaction happens and who makes it: a member in a guild text channel, or a user in a direct message
 * with the bot. The permissions are the member's computed permissions in that channel, as Discord sends them.
 *
 * @param guildId the guild, or 0 in a direct message
 * @param channelId the text or DM channel
 * @param channelName the channel name (ignored for direct messages)
 * @param user the user who interacts
 * @param permissions the member's raw permissions in the channel
 * @param roleIds the member's role ids (they count only in a guild JDA has cached)
 * @param locale the user's client locale, such as {@code en-US}
 */
public record InteractionOrigin(
        long guildId,
        long channelId,
        String channelName,
        StandInUser user,
        long permissions,
        List<Long> roleIds,
        String locale) {

    public InteractionOrigin {
        requireNonNull(channelName, "channelName");
        requireNonNull(user, "user");
        roleIds = List.copyOf(roleIds);
        requireNonNull(locale, "locale");
    }

    /** A member with ordinary permissions in a text channel of a guild. */
    public static InteractionOrigin inGuild(long guildId, StandInChannel channel, StandInUser user) {
        return new InteractionOrigin(
                guildId, channel.id(), channel.name(), user, StandInGuild.MEMBER_PERMISSIONS, List.of(), "en-US");
    }

    /** A member with ordinary permissions in the default channel of a stand-in guild. */
    public static InteractionOrigin inGuild(StandInGuild guild, StandInUser user) {
        return inGuild(guild.id(), guild.defaultChannel(), user);
    }

    /** A user in a direct message channel with the bot. */
    public static InteractionOrigin directMessage(long channelId, StandInUser user) {
        return new InteractionOrigin(0, channelId, "", user, StandInGuild.MEMBER_PERMISSIONS, List.of(), "en-US");
    }

    /** Whether this is a direct message rather than a guild channel. */
    public boolean isDirectMessage() {
        return guildId == 0;
    }

    /** The same place with the member's permissions replaced by exactly these. */
    public InteractionOrigin withPermissions(Permission... granted) {
        return withRawPermissions(Permission.getRaw(granted));
    }

    /** The same place with the member's raw permissions replaced. */
    public InteractionOrigin withRawPermissions(long raw) {
        return new InteractionOrigin(guildId, channelId, channelName, user, raw, roleIds, locale);
    }

    /** The same place with the member holding these roles. */
    public InteractionOrigin withRoles(Long... roles) {
        return new InteractionOrigin(guildId, channelId, channelName, user, permissions, Arrays.asList(roles), locale);
    }

    /** The same place with another user interacting. */
    public InteractionOrigin by(StandInUser otherUser) {
        return new InteractionOrigin(guildId, channelId, channelName, otherUser, permissions, roleIds, locale);
    }

    /** The same place with another client locale. */
    public InteractionOrigin withLocale(String otherLocale) {
        return new InteractionOrigin(guildId, channelId, channelName, user, permissions, roleIds, otherLocale);
    }
}
