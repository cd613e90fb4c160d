package org.convene.benchmarks.slack;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.slack.SlackBot;
import org.convene.slack.SlackSettings;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;

/**
 * Item 4: correctly signed {@code /meetup help} commands at a fixed rate into the real SlackBot over HTTP (against
 * the Slack stand-in), and the same load into a Bolt app whose handler only acks behind the same SlackHttpServer:
 * latency to the ack, p50, p99 and max.
 */
public final class SlackAckLatencyBenchmark implements Benchmark {

    private static final String RESPONSES = "bench";
    private static final String CHANNEL = "C0BENCH";
    private static final int USERS = 20;
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    /** What the real bot did: ack latencies, and how many commands it answered (and with an apology). */
    private record BotOutcome(OpenLoopLoad.Outcome acks, int sent, int answered, int apologies) {
    }

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
        OpenLoopLoad.Outcome noOp = runNoOp(size, warmup, measured);
        BotOutcome bot = runRealBot(size, warmup, measured);
        OpenLoopLoad.Outcome real = bot.acks();
        if (noOp.failures() > 0 || real.failures() > 0) {
            throw new BenchmarkFailure("Slack acks that were not HTTP 200: " + real.failures() + " from the bot, "
                    + noOp.failures() + " from the no-op app");
        }
        double p99Ratio = real.latencies().p99() / noOp.latencies().p99();
        String rate = size.slackRate() + "/s for " + size.slackDuration().toSeconds() + " s";
        return new BenchmarkResult(number(), title(),
                List.of(row("ack p50", real.latencies().p50(), noOp.latencies().p50()),
                        row("ack p99", real.latencies().p99(), noOp.latencies().p99()),
                        row("ack max", real.latencies().maxMillis(), noOp.latencies().maxMillis()),
                        Measurement.alone("commands answered on response_url (apologies)", bot.answered() + " of "
                                + bot.sent() + " (" + bot.apologies() + ")")),
                List.of(TargetCheck.of("p99 <= 50 ms", real.latencies().p99() <= 50,
                                "the no-op Bolt app's own p99 is " + Numbers.milliseconds(noOp.latencies().p99())
                                        + ": the time goes to Bolt, the JDK HTTP server and the shared CPUs, not "
                                        + "to Convene's handler, which acks before any work"),
                        TargetCheck.of("p99 / no-op p99 <= 1.5", p99Ratio <= 1.5, "after each ack the bot runs the "
                                + "command (the core, the response_url post) on its command threads, which share "
                                + "the 2 cores with the next acks; the no-op app does no work. Each answer's JSON "
                                + "is written by one kept Gson (Bolt's respond built a new one per answer, more than "
                                + "half of a command's CPU). Not ours: the load generator and the Slack stand-in "
                                + "receiving (and keeping) every response_url post run in the same JVM, and the "
                                + "cores are shared (see the load average)"),
                        TargetCheck.of("no ack over 3 s", real.latencies().maxMillis() <= 3_000,
                                "the slowest ack took " + Numbers.milliseconds(real.latencies().maxMillis())),
                        TargetCheck.inEveryRun("every command answered on its response URL, none with an apology",
                                bot.answered() == bot.sent() && bot.apologies() == 0, bot.answered() + " of "
                                        + bot.sent() + " answered within " + ANSWER_WAIT.toSeconds() + " s after "
                                        + "the load, " + bot.apologies() + " of them apologies (ours)")),
                List.of("no-op Bolt app behind SlackHttpServer: p99 " + Numbers.milliseconds(noOp.latencies().p99())),
                List.of("open loop, " + rate + " after a " + size.slackWarmup().toMillis() + " ms warm-up, "
                        + "latency from each request's scheduled instant to its HTTP answer; " + USERS + " Slack "
                        + "users, each known to the bot before the load (one command each, answered), so the load "
                        + "measures commands from members the bot knows rather than 20 users.info calls"));
    }

    private static Measurement row(String name, double ours, double reference) {
        return Measurement.compared(name, ours, reference, "ms");
    }

    private static OpenLoopLoad.Outcome runNoOp(SuiteSize size, int warmup, int measured) throws Exception {
        try (SlackAppHarness harness = SlackAppHarness.create()) {
            harness.app().command("/meetup", (request, context) -> context.ack());
            harness.start();
            List<SignedRequest> requests = commands(harness.requests(), harness.slack(), warmup + measured);
            return new OpenLoopLoad().run(harness.eventsUrl(), requests, size.slackRate(), warmup);
        } catch (java.io.IOException failure) {
            throw new BenchmarkFailure("the no-op Bolt reference could not start", failure);
        }
    }

    private static BotOutcome runRealBot(SuiteSize size, int warmup, int measured) throws Exception {
        try (CoreKit kit = new CoreKit(TestDatabase.fresh(10));
             SlackStandIn slack = SlackStandIn.start()) {
            SlackBot bot = new SlackBot(new SlackSettings(slack.workspace().botToken(),
                    SlackAppHarness.SIGNING_SECRET, Optional.empty(), Optional.of(slack.apiUrlPrefix()), "127.0.0.1",
                    0), kit.commands, kit.myAgenda, kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock);
            try (bot) {
                bot.start();
                URI url = URI.create("http://127.0.0.1:" + bot.port() + "/slack/events");
                int total = warmup + measured;
                SignedRequests signing = slack.signedRequests(SlackAppHarness.SIGNING_SECRET, Clock.systemUTC());
                introduceUsers(signing, slack, url);
                List<SignedRequest> requests = commands(signing, slack, total);
                OpenLoopLoad.Outcome outcome = new OpenLoopLoad().run(url, requests, size.slackRate(), warmup);
                try {
                    slack.await("answers to /meetup help", call -> call.isResponseUrlPost(RESPONSES), total,
                            ANSWER_WAIT);
                } catch (AssertionError missing) {
                    // Counted below and reported as a missed target.
                }
                List<RecordedCall> answers = slack.calls().stream()
                        .filter(call -> call.isResponseUrlPost(RESPONSES)).toList();
                int apologies = (int) answers.stream().filter(call -> call.body().contains("error id")).count();
                return new BotOutcome(outcome, total, answers.size(), apologies);
            }
        }
    }

    /** Each user's first command, one at a time, so the load measures the bot with members it knows. */
    private static void introduceUsers(SignedRequests signing, SlackStandIn slack, URI url) {
        for (int user = 0; user < USERS; user++) {
            String responseId = "introduce-" + user;
            SignedRequest request = signing.slashCommand(new SignedRequests.Origin("U0MEMBER" + user, CHANNEL),
                    "/meetup", "help", slack.responseUrl(responseId));
            if (request.postTo(url).status() != 200) {
                throw new BenchmarkFailure("the Slack bot refused a correctly signed /meetup help");
            }
            RecordedCall answer = slack.awaitResponseUrlPost(responseId, Duration.ofSeconds(30));
            if (answer.body().contains("error id")) {
                throw new BenchmarkFailure("the Slack bot answered a lone /meetup help with an apology");
            }
        }
    }

    private static List<SignedRequest> commands(SignedRequests signing, SlackStandIn slack, int count) {
        List<SignedRequest> requests = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            requests.add(signing.slashCommand(new SignedRequests.Origin("U0MEMBER" + (index % USERS), CHANNEL),
                    "/meetup", "help", slack.responseUrl(RESPONSES)));
        }
        return requests;
    }
}
