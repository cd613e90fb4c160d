package org.convene.discord.publish;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.sharding.ShardManager;

/** What the publisher needs of a connection to Discord, over one JDA or this instance's shards. */
public interface DiscordClient {

    /** A channel of a guild this connection sees, or null. */
    GuildMessageChannel channel(long channelId);

    /** A guild this connection sees, or null. */
    Guild guild(long guildId);

    /** Opens (or finds) the direct-message channel with a user. */
    RestAction<PrivateChannel> openDirect(long userId);

    static DiscordClient of(JDA jda) {
        requireNonNull(jda, "jda");
        return new DiscordClient() {
            @Override
            public GuildMessageChannel channel(long channelId) {
                return jda.getChannelById(GuildMessageChannel.class, channelId);
            }

            @Override
            public Guild guild(long guildId) {
                return jda.getGuildById(guildId);
            }

            @Override
            public RestAction<PrivateChannel> openDirect(long userId) {
                return jda.openPrivateChannelById(userId);
            }
        };
    }

    static DiscordClient of(ShardManager shards) {
        requireNonNull(shards, "shards");
        return new DiscordClient() {
            @Override
            public GuildMessageChannel channel(long channelId) {
                return shards.getChannelById(GuildMessageChannel.class, channelId);
            }

            @Override
            public Guild guild(long guildId) {
                return shards.getGuildById(guildId);
            }

            @Override
            public RestAction<PrivateChannel> openDirect(long userId) {
                return shards.getShardCache().iterator().next().openPrivateChannelById(userId);
            }
        };
    }
}
