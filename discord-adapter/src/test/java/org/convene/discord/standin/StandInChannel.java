package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

/**
 * A guild text channel the stand-in knows.
 *
 * @param id the channel's snowflake
 * @param name the channel name, without the leading #
 */
public record StandInChannel(long id, String name) {
    public StandInChannel {
        requireNonNull(name, "name");
    }

    /** A text channel with a fresh id. */
    public static StandInChannel named(String name) {
        return new StandInChannel(Snowflakes.next(), name);
    }
}
