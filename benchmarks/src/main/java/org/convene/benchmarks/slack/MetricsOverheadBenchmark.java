package org.convene.benchmarks.slack;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.Machine;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.slack.SlackBot;
import org.convene.slack.SlackSettings;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;

/**
 * What metrics cost the Slack ack: the Slack item's open-loop load of signed {@code /meetup help} commands into the
 * real SlackBot, once with a Prometheus registry (scraped every second meanwhile) and once with a registry that
 * records nothing, alternating, three runs each; prints both p99s, the ratio of their medians and their ranges.
 */
public final class MetricsOverheadBenchmark {

    static final int RUNS = 3;
    /** Metrics may not raise the ack p99 by more than this. */
    static final double TARGET_RATIO = 1.10;
    private static final String CHANNEL = "C0BENCH";
    private static final int USERS = 20;
    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(1);
    private static final String RESPONSES = "bench";
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    /** The ack p99s (ms) of every run with metrics and without, in the order they ran. */
    public record Figures(List<Double> withMetrics, List<Double> withoutMetrics) {

        public double ratioOfMedians() {
            return median(withMetrics) / median(withoutMetrics);
        }

        @Override
        public String toString() {
            return "ack p99 with metrics " + describe(withMetrics) + ", without " + describe(withoutMetrics)
                    + "; ratio of medians " + Numbers.format(ratioOfMedians()) + " (target <= "
                    + Numbers.format(TARGET_RATIO) + ", " + (ratioOfMedians() <= TARGET_RATIO ? "met" : "missed")
                    + ")";
        }

        private static String describe(List<Double> p99s) {
            return "median " + Numbers.milliseconds(median(p99s)) + " (range "
                    + Numbers.milliseconds(p99s.stream().mapToDouble(Double::doubleValue).min().orElseThrow()) + " to "
                    + Numbers.milliseconds(p99s.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                    + ", runs " + p99s.stream().map(Numbers::milliseconds).toList() + ")";
        }

        static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }

    private MetricsOverheadBenchmark() {
    }

    /** Runs with and without metrics, alternating, {@code runs} times each. */
    public static Figures run(SuiteSize size, int runs) throws Exception {
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            with.add(ackP99(size, true));
            without.add(ackP99(size, false));
        }
        return new Figures(with, without);
    }

    private static double ackP99(SuiteSize size, boolean metrics) throws Exception {
        int warmup = (int) (size.slackRate() * size.slackWarmup().toMillis() / 1000);
        int measured = (int) (size.slackRate() * size.slackDuration().toMillis() / 1000);
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MeterRegistry registry = metrics ? prometheus : new CompositeMeterRegistry();
        ScheduledExecutorService scraper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("metrics-scrape").daemon().factory());
        try (CoreKit kit = new CoreKit(TestDatabase.fresh(10), registry);
             SlackStandIn slack = SlackStandIn.start();
             SlackBot bot = new SlackBot(new SlackSettings(slack.workspace().botToken(),
                     SlackAppHarness.SIGNING_SECRET, Optional.empty(), Optional.of(slack.apiUrlPrefix()),
                     "127.0.0.1", 0), kit.commands, kit.myAgenda, kit.listEvents, kit.spaceLifecycle, kit.showEvent,
                     kit.clock, new PlatformMeters(registry))) {
            bot.start();
            if (metrics) {
                scraper.scheduleAtFixedRate(prometheus::scrape, 0, SCRAPE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
            URI url = URI.create("http://127.0.0.1:" + bot.port() + "/slack/events");
            SignedRequests signing = slack.signedRequests(SlackAppHarness.SIGNING_SECRET, Clock.systemUTC());
            List<SignedRequest> requests = new ArrayList<>();
            for (int index = 0; index < warmup + measured; index++) {
                requests.add(signing.slashCommand(new SignedRequests.Origin("U0MEMBER" + (index % USERS), CHANNEL),
                        "/meetup", "help", slack.responseUrl(RESPONSES)));
            }
            OpenLoopLoad.Outcome outcome = new OpenLoopLoad().run(url, requests, size.slackRate(), warmup);
            if (outcome.failures() > 0) {
                throw new BenchmarkFailure(outcome.failures() + " Slack acks were not HTTP 200");
            }
            // The acks are measured; the commands behind them only have to have run, and been timed, at all.
            slack.await("an answer to /meetup help", call -> call.isResponseUrlPost(RESPONSES), ANSWER_WAIT);
            if (metrics && prometheus.get("convene.commands").tags("verb", "help", "outcome", "ok").timer().count()
                    == 0) {
                throw new BenchmarkFailure("the run with metrics timed no command");
            }
            return outcome.latencies().p99();
        } finally {
            scraper.shutdownNow();
            prometheus.close();
        }
    }

    /** {@code small} or {@code full} (the default): the Slack item's rate, warm-up and duration at that size. */
    public static void main(String[] arguments) throws Exception {
        SuiteSize size = SuiteSize.named(arguments.length > 0 ? arguments[0] : "full");
        Figures figures = run(size, RUNS);
        System.out.println("Slack ack with and without metrics, " + size.slackRate() + "/s for "
                + size.slackDuration().toSeconds() + " s per run, " + RUNS + " runs each, alternating: " + figures);
        System.out.println("load average: " + Machine.loadAverage());
    }
}
