package org.convene.discord;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * How to reach Discord: the bot token, the guilds to register {@code /meetup} in at once (empty for a global
 * registration), optional REST and gateway addresses (for a stand-in or a proxy), and this instance's shard range.
 * {@link #toString()} never shows the token.
 */
public record DiscordSettings(String token, List<String> guildIds, Optional<String> apiUrl,
                              Optional<String> gatewayUrl, int totalShards, int firstShard, int lastShard) {

    public DiscordSettings {
        requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Discord bot token is blank");
        }
        guildIds = List.copyOf(guildIds);
        requireNonNull(apiUrl, "apiUrl");
        requireNonNull(gatewayUrl, "gatewayUrl");
        if (totalShards < 1 || firstShard < 0 || lastShard < firstShard || lastShard >= totalShards) {
            throw new IllegalArgumentException("shards " + firstShard + ".." + lastShard + " of " + totalShards
                    + " are not a valid range");
        }
    }

    /** One unsharded connection to discord.com. */
    public static DiscordSettings of(String token, List<String> guildIds) {
        return new DiscordSettings(token, guildIds, Optional.empty(), Optional.empty(), 1, 0, 0);
    }

    public boolean sharded() {
        return totalShards > 1;
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=(hidden), guildIds=" + guildIds + ", apiUrl=" + apiUrl + ", gatewayUrl="
                + gatewayUrl + ", shards=" + firstShard + ".." + lastShard + " of " + totalShards + "]";
    }
}
