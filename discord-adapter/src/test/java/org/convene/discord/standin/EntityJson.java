package org.convene.discord.standin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The JSON shapes of Discord's users, members, channels, roles and guilds, with every field JDA 6.5 reads without
 * a default (for instance {@code roles} on a member, {@code colors} on a role, {@code position} on a channel).
 */
final class EntityJson {
    /** When every stand-in member joined: a fixed instant, so no clock is read. */
    static final String JOINED_AT = "2025-06-01T12:00:00.000000+00:00";

    static final int TEXT_CHANNEL = 0;
    static final int DIRECT_MESSAGE_CHANNEL = 1;

    private EntityJson() {}

    static String id(long snowflake) {
        return Long.toUnsignedString(snowflake);
    }

    /** The ISO-8601 creation time of a snowflake, as Discord writes timestamps. */
    static String timestampOf(long snowflake) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Snowflakes.instantOf(snowflake).atOffset(ZoneOffset.UTC));
    }

    static DataObject user(StandInUser user) {
        return DataObject.empty()
                .put("id", id(user.id()))
                .put("username", user.username())
                .put("global_name", user.username())
                .put("discriminator", "0")
                .put("avatar", null)
                .put("public_flags", 0)
                .put("bot", user.bot());
    }

    /** The bot as {@code GET /users/@me} and READY describe it. */
    static DataObject selfUser(StandInUser bot) {
        return user(bot).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    /** A guild member as it appears in GUILD_CREATE and messages. */
    static DataObject member(StandInUser user, List<Long> roleIds) {
        DataArray roles = DataArray.empty();
        roleIds.forEach(roleId -> roles.add(id(roleId)));
        return DataObject.empty()
                .put("user", user(user))
                .put("roles", roles)
                .put("nick", null)
                .put("avatar", null)
                .put("joined_at", JOINED_AT)
                .put("premium_since", null)
                .put("communication_disabled_until", null)
                .put("deaf", false)
                .put("mute", false)
                .put("pending", false)
                .put("flags", 0);
    }

    /** A member as an interaction carries it: with the member's permissions in the channel. */
    static DataObject interactionMember(InteractionOrigin origin) {
        return member(origin.user(), origin.roleIds()).put("permissions", id(origin.permissions()));
    }

    static DataObject textChannel(long channelId, String name, long guildId, int position) {
        return DataObject.empty()
                .put("id", id(channelId))
                .put("type", TEXT_CHANNEL)
                .put("guild_id", id(guildId))
                .put("name", name)
                .put("position", position)
                .put("parent_id", null)
                .put("topic", null)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("last_message_id", null)
                .put("flags", 0)
                .put("permission_overwrites", DataArray.empty());
    }

    static DataObject directMessageChannel(long channelId, StandInUser recipient) {
        return DataObject.empty()
                .put("id", id(channelId))
                .put("type", DIRECT_MESSAGE_CHANNEL)
                .put("last_message_id", null)
                .put("flags", 0)
                .put("recipients", DataArray.empty().add(user(recipient)));
    }

    static DataObject role(long roleId, String name, long permissions, int position) {
        return DataObject.empty()
                .put("id", id(roleId))
                .put("name", name)
                .put("position", position)
                .put("permissions", id(permissions))
                .put("managed", false)
                .put("hoist", false)
                .put("mentionable", false)
                .put("icon", null)
                .put("unicode_emoji", null)
                .put("flags", 0)
                .put("colors", DataObject.empty().put("primary_color", 0));
    }

    /** The full guild of a GUILD_CREATE dispatch, with the bot as its only member. */
    static DataObject guildCreate(StandInGuild guild, StandInUser bot) {
        DataArray channels = DataArray.empty();
        for (int position = 0; position < guild.channels().size(); position++) {
            StandInChannel channel = guild.channels().get(position);
            channels.add(textChannel(channel.id(), channel.name(), guild.id(), position));
        }
        DataArray roles = DataArray.empty()
                .add(role(guild.id(), "@everyone", guild.everyonePermissions(), 0))
                .add(role(guild.botRoleId(), bot.username(), guild.botPermissions(), 1))
                .add(role(guild.adminRoleId(), "Admins", Permission.MANAGE_SERVER.getRawValue(), 2));
        return DataObject.empty()
                .put("id", id(guild.id()))
                .put("name", guild.name())
                .put("icon", null)
                .put("description", null)
                .put("owner_id", id(guild.id() + 1)) // an owner who is not the bot, so JDA checks the bot's roles
                .put("unavailable", false)
                .put("large", false)
                .put("member_count", 1)
                .put("preferred_locale", "en-US")
                .put("afk_timeout", 300) // JDA accepts only Discord's choices (60, 300, ...), not 0
                .put("afk_channel_id", null)
                .put("system_channel_id", null)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("features", DataArray.empty())
                .put("roles", roles)
                .put("channels", channels)
                .put("threads", DataArray.empty())
                .put("members", DataArray.empty().add(member(bot, List.of(guild.botRoleId()))))
                .put("presences", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("stage_instances", DataArray.empty())
                .put("soundboard_sounds", DataArray.empty());
    }
}
