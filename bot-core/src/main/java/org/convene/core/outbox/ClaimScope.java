package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.convene.core.domain.Platform;

/**
 * What one instance can deliver, to which its outbox claims are limited: the platforms it runs and, for Discord, the
 * range of shards it runs. A Discord channel message or calendar entry belongs to the shard of its guild,
 * {@code (guild id >> 22) % shards}; a direct message can go from any shard.
 *
 * @param platforms the platforms this instance has publishers for
 * @param discordShards how many shards the Discord bot has in all
 * @param firstDiscordShard the first shard this instance runs
 * @param lastDiscordShard the last shard this instance runs
 */
public record ClaimScope(Set<Platform> platforms, int discordShards, int firstDiscordShard, int lastDiscordShard) {

    public ClaimScope {
        requireNonNull(platforms, "platforms");
        platforms = platforms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(platforms));
        if (discordShards < 1 || firstDiscordShard < 0 || lastDiscordShard < firstDiscordShard
                || lastDiscordShard >= discordShards) {
            throw new IllegalArgumentException("shards " + firstDiscordShard + "-" + lastDiscordShard + " of "
                    + discordShards + " are not a range of shards");
        }
    }

    /** Every platform and every shard: what a worker claims when no scope is given. */
    public static ClaimScope everything() {
        return of(EnumSet.allOf(Platform.class));
    }

    /** These platforms, with every Discord shard. */
    public static ClaimScope of(Collection<Platform> platforms) {
        return new ClaimScope(Set.copyOf(platforms), 1, 0, 0);
    }

    /** This scope, with Discord limited to shards {@code first} to {@code last} of {@code shards}. */
    public ClaimScope withDiscordShards(int shards, int first, int last) {
        return new ClaimScope(platforms, shards, first, last);
    }

    /** Whether this instance runs every Discord shard, so every Discord guild is its to deliver to. */
    public boolean everyDiscordShard() {
        return firstDiscordShard == 0 && lastDiscordShard == discordShards - 1;
    }
}
