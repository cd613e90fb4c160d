package org.convene.benchmarks.discord;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SlashCommand;

/**
 * The Discord side of item 5, run in a JVM of its own so that the bot's JVM runs only the bot: starts the loopback
 * gateway and REST stand-in, prints where they listen, waits for {@code go <rate> <warmup> <measured>} on standard
 * input, sends the interactions at that rate, waits for their answers and prints the timings as {@code key=value}
 * lines, then keeps the stand-in up until standard input ends, so the bot can disconnect cleanly.
 */
public final class DiscordLoadProcess {

    static final SlashCommand HELP = SlashCommand.named("meetup").subcommand("help");
    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(10);
    private static final Duration FOLLOW_UP_WAIT = Duration.ofSeconds(30);

    private DiscordLoadProcess() {
    }

    public static void main(String[] arguments) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (DiscordStandIn discord = DiscordStandIn.start()) {
            out.println("rest=" + discord.restBaseUrl());
            out.println("gateway=" + discord.gatewayUrl());
            out.println("token=" + discord.botToken());
            out.println("listening");
            String go = in.readLine();
            if (go == null || !go.startsWith("go ")) {
                return;
            }
            String[] parts = go.split(" ");
            int rate = Integer.parseInt(parts[1]);
            int warmup = Integer.parseInt(parts[2]);
            int measured = Integer.parseInt(parts[3]);
            List<InteractionLoad.Sent> sent = InteractionLoad.run(discord, HELP, warmup + measured, rate);
            awaitQuietly(discord, InteractionTimings::isCallback, sent.size(), CALLBACK_WAIT);
            awaitQuietly(discord, InteractionTimings::isFollowUp, sent.size(), FOLLOW_UP_WAIT);
            InteractionTimings timings = new InteractionTimings(sent.subList(warmup, sent.size()),
                    discord.requests(), System.nanoTime());
            timings.summary().forEach((key, value) -> out.println(key + "=" + value));
            out.println("measured");
            while (in.readLine() != null) {
                // Keeps the stand-in up until the bot has disconnected and the benchmark closes standard input.
            }
        }
    }

    /** Waits for the answers; those still missing at the timeout are counted, and reported, by the benchmark. */
    private static void awaitQuietly(DiscordStandIn discord, Predicate<RecordedRequest> answer, int count,
                                     Duration timeout) {
        try {
            discord.awaitRequests(answer, count, timeout);
        } catch (AssertionError missing) {
            // Counted from the recorded requests and reported as a missed target.
        }
    }
}
