package org.convene.benchmarks.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;

/**
 * Pushes slash commands through the stand-in's gateway at fixed instants (interaction i at start + i / rate, paced
 * with {@code parkNanos}, never waiting for the bot), noting each one's scheduled and dispatched {@code nanoTime}.
 */
final class InteractionLoad {

    private static final long START_DELAY_NANOS = 50_000_000L;

    /** One interaction sent: its token, when it was due, and when the stand-in had handed it to the WebSocket. */
    record Sent(String token, long scheduledNanos, long dispatchedNanos) {
    }

    private InteractionLoad() {
    }

    static List<Sent> run(DiscordStandIn discord, SlashCommand command, int count, int rate) {
        List<Sent> sent = new ArrayList<>(count);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + START_DELAY_NANOS;
        for (int index = 0; index < count; index++) {
            long scheduled = start + index * intervalNanos;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            SentInteraction interaction = discord.sendSlashCommand(command);
            sent.add(new Sent(interaction.token(), scheduled, System.nanoTime()));
        }
        return sent;
    }
}
