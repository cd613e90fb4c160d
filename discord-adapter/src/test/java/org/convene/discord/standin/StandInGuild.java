package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import net.dv8tion.jda.api.Permission;

/**
 * A guild that the stand-in announces in READY and then sends in full with GUILD_CREATE, so JDA caches it with its
 * text channels and roles (unlike the guild of a default interaction, which JDA never caches).
 *
 * <p>The guild has three roles: {@code @everyone} (whose id is the guild id), a role given to the bot, and an
 * "Admins" role with Manage Server that an {@link InteractionOrigin} can give to a member.
 *
 * @param id the guild's snowflake
 * @param name the guild name
 * @param channels its text channels, the first being the default one
 * @param everyonePermissions raw permissions of {@code @everyone}
 * @param botRoleId the id of the role the bot member has
 * @param botPermissions raw permissions of the bot's role
 * @param adminRoleId the id of a role with Manage Server
 */
public record StandInGuild(
        long id,
        String name,
        List<StandInChannel> channels,
        long everyonePermissions,
        long botRoleId,
        long botPermissions,
        long adminRoleId) {

    /** What members may do everywhere: see channels, read history, write and use commands. */
    public static final long MEMBER_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_HISTORY,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.USE_APPLICATION_COMMANDS);

    /** What the bot's role adds: files, threads and managing scheduled events. */
    public static final long BOT_PERMISSIONS = Permission.getRaw(
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MANAGE_EVENTS,
            Permission.CREATE_SCHEDULED_EVENTS);

    public StandInGuild {
        requireNonNull(name, "name");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a stand-in guild needs at least one text channel");
        }
    }

    /** A guild with fresh ids, the usual permissions, and the given text channels (at least one). */
    public static StandInGuild named(String name, StandInChannel... channels) {
        return withId(Snowflakes.next(), name, channels);
    }

    /** The same with a given guild id, such as {@link Snowflakes#onShard(int, int)} for a guild of one shard. */
    public static StandInGuild withId(long id, String name, StandInChannel... channels) {
        return new StandInGuild(
                id,
                name,
                List.of(channels),
                MEMBER_PERMISSIONS,
                Snowflakes.next(),
                BOT_PERMISSIONS,
                Snowflakes.next());
    }

    /** The first text channel. */
    public StandInChannel defaultChannel() {
        return channels.getFirst();
    }

    /** Whether the channel belongs to this guild. */
    public boolean hasChannel(long channelId) {
        return channels.stream().anyMatch(channel -> channel.id() == channelId);
    }
}
