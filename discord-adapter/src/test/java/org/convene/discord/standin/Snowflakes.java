package org.convene.discord.standin;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out unique, increasing Discord snowflake ids whose timestamp is the current time. JDA reads an
 * interaction's age from its id and refuses follow-ups once it is 15 minutes old, so ids must follow the clock JDA
 * uses; the clock is only read, never waited on.
 */
public final class Snowflakes {
    /** Discord's epoch, the first millisecond of 2015, in Unix milliseconds. */
    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private static final Clock CLOCK = Clock.systemUTC();
    private static final AtomicLong LAST = new AtomicLong();

    private Snowflakes() {}

    /** A snowflake for now that no other call of this JVM has returned. */
    public static long next() {
        long fromClock = (CLOCK.millis() - DISCORD_EPOCH_MILLIS) << 22;
        return LAST.updateAndGet(last -> Math.max(last + 1, fromClock));
    }

    /** A fresh snowflake for a guild whose events Discord sends to this shard: {@code (id >> 22) % count == shard}. */
    public static long onShard(int shard, int count) {
        long id = next();
        while (Long.remainderUnsigned(id >>> 22, count) != shard) {
            id = LAST.updateAndGet(last -> ((last >>> 22) + 1) << 22);
        }
        return id;
    }

    /** The creation instant encoded in a snowflake. */
    public static Instant instantOf(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
