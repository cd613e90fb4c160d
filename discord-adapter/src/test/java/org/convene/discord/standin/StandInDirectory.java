package org.convene.discord.standin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the stand-in has learned about users and channels: names of users it has seen, the guild each channel
 * belongs to, and the direct-message channel it opened with each user.
 */
final class StandInDirectory {
    private final Map<Long, StandInUser> users = new ConcurrentHashMap<>();
    private final Map<Long, Long> guildOfChannel = new ConcurrentHashMap<>();
    private final Map<Long, Long> directMessageChannelOfUser = new ConcurrentHashMap<>();

    void knowUser(StandInUser user) {
        users.put(user.id(), user);
    }

    /** The user with this id, or a made-up one named after the id if the stand-in never saw it. */
    StandInUser user(long userId) {
        return users.computeIfAbsent(userId, id -> new StandInUser(id, "user" + Long.toUnsignedString(id), false));
    }

    void knowChannel(long channelId, long guildId) {
        guildOfChannel.put(channelId, guildId);
    }

    /** The guild of a channel, or 0 for a direct-message channel or one the stand-in does not know. */
    long guildOf(long channelId) {
        return guildOfChannel.getOrDefault(channelId, 0L);
    }

    /** The direct-message channel with this user, the same one each time it is asked for. */
    long directMessageChannel(long userId) {
        return directMessageChannelOfUser.computeIfAbsent(userId, id -> {
            long channelId = Snowflakes.next();
            guildOfChannel.put(channelId, 0L);
            return channelId;
        });
    }
}
