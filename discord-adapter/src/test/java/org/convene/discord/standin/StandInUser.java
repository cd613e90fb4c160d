package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

/**
 * A Discord user the stand-in knows: a member who clicks and types, or the bot itself.
 *
 * @param id the user's snowflake
 * @param username the unique user name
 * @param bot whether the account is a bot
 */
public record StandInUser(long id, String username, boolean bot) {
    public StandInUser {
        requireNonNull(username, "username");
    }

    /** A human user with a fresh id. */
    public static StandInUser named(String username) {
        return new StandInUser(Snowflakes.next(), username, false);
    }

    /** A bot user with a fresh id. */
    public static StandInUser bot(String username) {
        return new StandInUser(Snowflakes.next(), username, true);
    }
}
