package org.convene.benchmarks.slack;

import com.slack.api.bolt.App;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.benchmarks.postgres.PostgresProcess;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.slack.SlackBot;
import org.convene.slack.SlackSettings;
import org.convene.slack.http.SlackHttpConfig;
import org.convene.slack.http.SlackHttpServer;
import org.convene.slack.standin.SlackAppHarness;

/**
 * Item 4: correctly signed {@code /meetup help} commands at a fixed rate into the real SlackBot over HTTP, and the
 * same load into a Bolt app whose handler only acks behind the same SlackHttpServer: latency to the ack, p50, p99
 * and max. The load and the Slack stand-in (Web API, response_url receiver) run in a JVM of their own
 * ({@link SlackLoadProcess}), which drives both apps alike, so the measured JVM runs only the app.
 */
public final class SlackAckLatencyBenchmark implements Benchmark {

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "Slack end to end, ack latency";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        int warmup = (int) (size.slackRate() * size.slackWarmup().toMillis() / 1000);
        int measured = (int) (size.slackRate() * size.slackDuration().toMillis() / 1000);
        SlackLoad.Measured noOpRun;
        SlackLoad.Measured botRun;
        try (SlackLoad load = SlackLoad.start()) {
            noOpRun = runNoOp(load, size, warmup, measured);
            botRun = runRealBot(load, size, warmup, measured);
        }
        AckRun noOp = noOpRun.acks();
        AckRun bot = botRun.acks();
        if (noOp.failures() > 0 || bot.failures() > 0) {
            throw new BenchmarkFailure("Slack acks that were not HTTP 200: " + bot.failures() + " from the bot, "
                    + noOp.failures() + " from the no-op app");
        }
        double p99Ratio = bot.p99() / noOp.p99();
        String rate = size.slackRate() + "/s for " + size.slackDuration().toSeconds() + " s";
        return new BenchmarkResult(number(), title(),
                List.of(row("ack p50", bot.p50(), noOp.p50()),
                        row("ack p99", bot.p99(), noOp.p99()),
                        row("ack max", bot.max(), noOp.max()),
                        Measurement.alone("commands answered on response_url (apologies)", bot.answered() + " of "
                                + bot.sent() + " (" + bot.apologies() + ")")),
                List.of(TargetCheck.of("p99 <= 50 ms", bot.p99() <= 50,
                                "the no-op Bolt app's own p99 is " + Numbers.milliseconds(noOp.p99())
                                        + ": the time goes to Bolt, the JDK HTTP server and the shared CPUs, not "
                                        + "to Convene's handler, which acks before any work"),
                        TargetCheck.of("p99 / no-op p99 <= 1.5", p99Ratio <= 1.5, "after each ack the bot runs the "
                                + "command on its command threads and posts the answer, and the load process receives "
                                + "that post, all on the same 2 cores as the next acks, which the no-op app's run has "
                                + "not (the CPU per command of each side is below); see the load average"),
                        TargetCheck.of("no ack over 3 s", bot.max() <= 3_000,
                                "the slowest ack took " + Numbers.milliseconds(bot.max())),
                        TargetCheck.inEveryRun("every command answered on its response URL, none with an apology",
                                bot.answered() == bot.sent() && bot.apologies() == 0, bot.answered() + " of "
                                        + bot.sent() + " answered within "
                                        + SlackLoadProcess.ANSWER_WAIT.toSeconds() + " s after the load, " + bot.apologies() + " of them apologies (ours)")),
                List.of("no-op Bolt app behind SlackHttpServer: p99 " + Numbers.milliseconds(noOp.p99())),
                List.of("open loop, " + rate + " after a " + size.slackWarmup().toMillis() + " ms warm-up, "
                        + "latency from each request's scheduled instant to its HTTP answer, measured by the load's own "
                        + "JVM; " + SlackLoadProcess.USERS + " Slack users, each known to the bot before the load (one command each, answered), so the load "
                        + "measures commands from members the bot knows rather than 20 users.info calls",
                        "CPU per measured command, bot: " + botRun.cpuPerCommand(),
                        "CPU per measured command, no-op app: " + noOpRun.cpuPerCommand()));
    }

    private static Measurement row(String name, double ours, double reference) {
        return Measurement.compared(name, ours, reference, "ms");
    }

    private static SlackLoad.Measured runNoOp(SlackLoad load, SuiteSize size, int warmup, int measured) throws Exception {
        SlackHttpServer server = new SlackHttpServer(withAckOnly(load.boltApp()), SlackHttpConfig.of("127.0.0.1", 0));
        try {
            server.start();
            return load.run(eventsUrl(server.port()), size.slackRate(), warmup, measured, false, Optional.empty());
        } catch (java.io.IOException failure) {
            throw new BenchmarkFailure("the no-op Bolt reference could not start", failure);
        } finally {
            server.stop();
        }
    }

    private static App withAckOnly(App app) {
        app.command("/meetup", (request, context) -> context.ack());
        return app;
    }

    private static SlackLoad.Measured runRealBot(SlackLoad load, SuiteSize size, int warmup, int measured) throws Exception {
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(10));
             SlackBot bot = new SlackBot(new SlackSettings(load.botToken(), SlackAppHarness.SIGNING_SECRET,
                     Optional.empty(), Optional.of(load.apiUrlPrefix()), "127.0.0.1", 0), kit.commands, kit.myAgenda,
                     kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock)) {
            bot.start();
            return load.run(eventsUrl(bot.port()), size.slackRate(), warmup, measured, true,
                    Optional.of(PostgresProcess.of(kit.database.dataSource())));
        }
    }

    private static URI eventsUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }
}
