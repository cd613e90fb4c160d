package org.convene.benchmarks.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.LoadProcessHandle;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.discord.DiscordBot;
import org.convene.discord.DiscordSettings;

/**
 * Item 5: {@code /meetup help} interactions at a fixed rate through the loopback gateway into the real DiscordBot
 * (real JDA): latency from each interaction's scheduled instant to its callback, and to the follow-up, at the
 * stand-in, which runs with the load in a JVM of its own ({@link DiscordLoadProcess}).
 */
public final class DiscordInteractionLatencyBenchmark implements Benchmark {

    private static final Duration START_WAIT = Duration.ofSeconds(60);

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Discord end to end, interaction callback latency";
    }

    @Override
    public boolean judgedOnMedians() {
        return true;
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        int warmup = (int) (size.discordRate() * size.discordWarmup().toMillis() / 1000);
        int measured = (int) (size.discordRate() * size.discordDuration().toMillis() / 1000);
        InteractionSummary timings = measure(size.discordRate(), warmup, measured);
        String rate = size.discordRate() + "/s for " + size.discordDuration().toSeconds() + " s";
        return new BenchmarkResult(number(), title(),
                List.of(row("callback p50", timings.callbackP50()), row("callback p99", timings.callbackP99()),
                        row("callback max", timings.callbackMax()),
                        Measurement.alone("callbacks within 3 s", timings.callbacksWithinLimit() + " of "
                                + timings.sent()),
                        row("follow-up (edit of the deferred reply) p50", timings.followUpP50()),
                        row("follow-up p99", timings.followUpP99()),
                        Measurement.alone("follow-ups received", timings.followUpsReceived() + " of "
                                + timings.sent()),
                        row("stand-in gateway dispatch p99 (scheduled to sent)", timings.dispatchP99()),
                        row("JDA and bot p99 (sent to callback)", timings.handlingP99())),
                List.of(TargetCheck.of("p99 <= 50 ms", timings.callbackP99() <= 50, reason(timings)),
                        TargetCheck.of("every interaction's callback within 3 s",
                                timings.callbacksWithinLimit() == timings.sent(), timings.callbacksWithinLimit()
                                        + " of " + timings.sent() + " callbacks arrived within 3 s")),
                List.of(),
                List.of("open loop, " + rate + " after a " + size.discordWarmup().toMillis() + " ms warm-up, through "
                        + "the loopback gateway and REST stand-in, which run with the load in a JVM of their own so "
                        + "that the bot's JVM runs only the bot; latency from each "
                        + "interaction's scheduled instant to the stand-in's arrival of its callback (the bot "
                        + "defers every reply, type 5, before running the command) and of the PATCH of @original "
                        + "that answers it; an interaction never answered counts with the time it was waited for"));
    }

    private static String reason(InteractionSummary timings) {
        String parts = "the stand-in's gateway dispatch has p99 " + Numbers.milliseconds(timings.dispatchP99())
                + ", JDA and the bot from the gateway frame to the callback p99 " + Numbers.milliseconds(
                timings.handlingP99());
        String dominant = timings.dispatchP99() > timings.handlingP99()
                ? "the stand-in's dispatch (its own JVM, on the same 2 shared cores) dominates, not ours"
                : "JDA's handling (WebSocket read, event thread, the listener's deferReply and JDA's REST "
                + "requester) dominates, with the stand-in's JVM competing for the shared cores";
        return parts + ": " + dominant;
    }

    private static Measurement row(String name, double millis) {
        return Measurement.alone(name, Numbers.milliseconds(millis));
    }

    private static InteractionSummary measure(int rate, int warmup, int measured) throws Exception {
        try (LoadProcessHandle load = LoadProcessHandle.start(DiscordLoadProcess.class)) {
            Map<String, String> standIn = load.readUntil("listening");
            try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(10));
                 DiscordBot bot = new DiscordBot(new DiscordSettings(standIn.get("token"), List.of(),
                         Optional.of(standIn.get("rest")), Optional.of(standIn.get("gateway")), 1, 0, 0),
                         kit.commands, kit.listGroups, kit.listEvents)) {
                try {
                    bot.start(START_WAIT);
                } catch (IllegalStateException notConnected) {
                    throw new BenchmarkFailure("the Discord bot did not connect to the loopback gateway: "
                            + notConnected.getMessage(), notConnected);
                }
                load.send("go " + rate + " " + warmup + " " + measured);
                return InteractionSummary.read(load.readUntil("measured"));
            }
        }
    }
}
