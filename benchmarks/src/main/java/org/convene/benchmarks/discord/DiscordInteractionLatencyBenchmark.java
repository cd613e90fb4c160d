package org.convene.benchmarks.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Latencies;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.discord.DiscordBot;
import org.convene.discord.DiscordSettings;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SlashCommand;

/**
 * Item 5: {@code /meetup help} interactions at a fixed rate through the loopback gateway into the real DiscordBot
 * (real JDA): latency from each interaction's scheduled instant to its callback, and to the follow-up, at the
 * stand-in.
 */
public final class DiscordInteractionLatencyBenchmark implements Benchmark {

    private static final SlashCommand HELP = SlashCommand.named("meetup").subcommand("help");
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(10);
    private static final Duration FOLLOW_UP_WAIT = Duration.ofSeconds(30);
    private static final Duration CALLBACK_LIMIT = Duration.ofSeconds(3);

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Discord end to end, interaction callback latency";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        int warmup = (int) (size.discordRate() * size.discordWarmup().toMillis() / 1000);
        int measured = (int) (size.discordRate() * size.discordDuration().toMillis() / 1000);
        InteractionTimings timings = measure(size.discordRate(), warmup, measured);
        int withinLimit = timings.callbacksWithin(CALLBACK_LIMIT);
        if (timings.callbacksReceived() == 0) {
            throw new BenchmarkFailure("the Discord bot answered none of " + timings.sent() + " /meetup help "
                    + "interactions with a callback");
        }
        Latencies callback = timings.toCallback();
        Latencies followUp = timings.toFollowUp();
        Latencies dispatch = timings.toDispatch();
        Latencies handling = timings.dispatchToCallback();
        String rate = size.discordRate() + "/s for " + size.discordDuration().toSeconds() + " s";
        return new BenchmarkResult(number(), title(),
                List.of(row("callback p50", callback.p50()), row("callback p99", callback.p99()),
                        row("callback max", callback.maxMillis()),
                        Measurement.alone("callbacks within 3 s", withinLimit + " of " + timings.sent()),
                        row("follow-up (edit of the deferred reply) p50", followUp.p50()),
                        row("follow-up p99", followUp.p99()),
                        Measurement.alone("follow-ups received", timings.followUpsReceived() + " of "
                                + timings.sent()),
                        row("stand-in gateway dispatch p99 (scheduled to sent)", dispatch.p99()),
                        row("JDA and bot p99 (sent to callback)", handling.p99())),
                List.of(TargetCheck.of("p99 <= 50 ms", callback.p99() <= 50, reason(dispatch, handling)),
                        TargetCheck.of("every interaction's callback within 3 s", withinLimit == timings.sent(),
                                withinLimit + " of " + timings.sent() + " callbacks arrived within 3 s")),
                List.of(),
                List.of("open loop, " + rate + " after a " + size.discordWarmup().toMillis() + " ms warm-up, through "
                        + "the loopback gateway and REST stand-in (same JVM as the bot); latency from each "
                        + "interaction's scheduled instant to the stand-in's arrival of its callback (the bot "
                        + "defers every reply, type 5, before running the command) and of the PATCH of @original "
                        + "that answers it; an interaction never answered counts with the time it was waited for"));
    }

    private static String reason(Latencies dispatch, Latencies handling) {
        String parts = "the stand-in's gateway dispatch has p99 " + Numbers.milliseconds(dispatch.p99())
                + ", JDA and the bot from the gateway frame to the callback p99 " + Numbers.milliseconds(
                handling.p99());
        String dominant = dispatch.p99() > handling.p99()
                ? "the stand-in's dispatch (in the same JVM, on the same 2 shared cores) dominates, not ours"
                : "JDA's handling (WebSocket read, event thread, the listener's deferReply and JDA's REST "
                + "requester) dominates, with the follow-ups and the stand-in competing for the shared cores";
        return parts + ": " + dominant;
    }

    private static Measurement row(String name, double millis) {
        return Measurement.alone(name, Numbers.milliseconds(millis));
    }

    private static InteractionTimings measure(int rate, int warmup, int measured) {
        try (CoreKit kit = new CoreKit(TestDatabase.fresh(10));
             DiscordStandIn discord = DiscordStandIn.start();
             DiscordBot bot = new DiscordBot(new DiscordSettings(discord.botToken(), List.of(),
                     Optional.of(discord.restBaseUrl()), Optional.of(discord.gatewayUrl()), 1, 0, 0),
                     kit.commands, kit.listGroups, kit.listEvents)) {
            try {
                bot.start(START_WAIT);
            } catch (IllegalStateException notConnected) {
                throw new BenchmarkFailure("the Discord bot did not connect to the loopback gateway: "
                        + notConnected.getMessage(), notConnected);
            }
            List<InteractionLoad.Sent> sent = InteractionLoad.run(discord, HELP, warmup + measured, rate);
            awaitQuietly(discord, InteractionTimings::isCallback, sent.size(), CALLBACK_WAIT);
            awaitQuietly(discord, InteractionTimings::isFollowUp, sent.size(), FOLLOW_UP_WAIT);
            return new InteractionTimings(sent.subList(warmup, sent.size()), discord.requests(), System.nanoTime());
        }
    }

    /** Waits for the answers; those still missing at the timeout are counted, and reported, by the caller. */
    private static void awaitQuietly(DiscordStandIn discord, Predicate<RecordedRequest> answer, int count,
                                     Duration timeout) {
        try {
            discord.awaitRequests(answer, count, timeout);
        } catch (AssertionError missing) {
            // Counted from the recorded requests and reported as a missed target.
        }
    }
}
