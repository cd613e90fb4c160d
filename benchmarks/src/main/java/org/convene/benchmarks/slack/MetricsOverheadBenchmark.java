package org.convene.benchmarks.slack;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
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
import org.convene.slack.standin.SlackAppHarness;

/**
 * What metrics cost the Slack ack: the Slack item's open-loop load of signed {@code /meetup help} commands into the
 * real SlackBot, sent by one {@link SlackLoadProcess} (a JVM of its own) for every run, with a Prometheus registry
 * (scraped every second meanwhile) and with a registry that records nothing, in ABBA pairs after one untimed warm-up
 * pair; prints the median of the per-pair p99 ratios with its range and each side's median p99.
 */
public final class MetricsOverheadBenchmark {

    /** Pairs when none is asked for. */
    static final int DEFAULT_PAIRS = 8;
    /** The measured part of each run when none is asked for: shorter than the Slack item's, for more pairs. */
    static final Duration DEFAULT_RUN = Duration.ofSeconds(15);
    /** Metrics may not raise the ack p99 by more than this. */
    static final double TARGET_RATIO = 1.10;
    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(1);

    private MetricsOverheadBenchmark() {
    }

    /**
     * One untimed pair first (so the JIT's warm-up falls on neither side), then {@code pairs} pairs in ABBA order,
     * each run {@code run} long after the size's warm-up load.
     */
    public static AbbaPairs run(SuiteSize size, int pairs, Duration run) throws Exception {
        try (SlackLoad load = SlackLoad.start()) {
            ackP99(load, size, run, true);
            ackP99(load, size, run, false);
            List<Double> p99s = new ArrayList<>();
            for (boolean metrics : AbbaPairs.order(pairs)) {
                p99s.add(ackP99(load, size, run, metrics));
            }
            return AbbaPairs.fromRuns(p99s);
        }
    }

    /** Whether the median ratio meets {@link #TARGET_RATIO}. */
    static String verdict(AbbaPairs pairs) {
        return "target <= " + Numbers.format(TARGET_RATIO) + ", "
                + (pairs.medianRatio() <= TARGET_RATIO ? "met" : "missed");
    }

    private static double ackP99(SlackLoad load, SuiteSize size, Duration run, boolean metrics) throws Exception {
        int warmup = (int) (size.slackRate() * size.slackWarmup().toMillis() / 1000);
        int measured = (int) (size.slackRate() * run.toMillis() / 1000);
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MeterRegistry registry = metrics ? prometheus : new CompositeMeterRegistry();
        ScheduledExecutorService scraper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("metrics-scrape").daemon().factory());
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(10), registry);
             SlackBot bot = new SlackBot(new SlackSettings(load.botToken(), SlackAppHarness.SIGNING_SECRET,
                     Optional.empty(), Optional.of(load.apiUrlPrefix()), "127.0.0.1", 0), kit.commands,
                     kit.myAgenda, kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock,
                     new PlatformMeters(registry))) {
            bot.start();
            if (metrics) {
                scraper.scheduleAtFixedRate(prometheus::scrape, 0, SCRAPE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
            URI url = URI.create("http://127.0.0.1:" + bot.port() + "/slack/events");
            AckRun outcome = load.run(url, size.slackRate(), warmup, measured, true, Optional.empty()).acks();
            if (outcome.failures() > 0) {
                throw new BenchmarkFailure(outcome.failures() + " Slack acks were not HTTP 200");
            }
            // The acks are measured; the commands behind them only have to have run, and been timed, at all.
            if (outcome.answered() == 0) {
                throw new BenchmarkFailure("no /meetup help was answered on its response URL");
            }
            if (metrics && prometheus.get("convene.commands").tags("verb", "help", "outcome", "ok").timer().count()
                    == 0) {
                throw new BenchmarkFailure("the run with metrics timed no command");
            }
            return outcome.p99();
        } finally {
            scraper.shutdownNow();
            prometheus.close();
        }
    }

    /**
     * Arguments, all optional: the size ({@code small} or {@code full}, the default: the Slack item's rate and
     * warm-up), the number of pairs (default {@value #DEFAULT_PAIRS}) and the seconds each run measures (default 15).
     */
    public static void main(String[] arguments) throws Exception {
        SuiteSize size = SuiteSize.named(arguments.length > 0 ? arguments[0] : "full");
        int pairs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : DEFAULT_PAIRS;
        Duration run = arguments.length > 2 ? Duration.ofSeconds(Long.parseLong(arguments[2])) : DEFAULT_RUN;
        String before = Machine.loadAverage();
        AbbaPairs figures = run(size, pairs, run);
        System.out.println("Slack ack p99 with and without metrics, " + size.slackRate() + "/s for "
                + run.toSeconds() + " s per run, " + pairs + " pairs in ABBA order after a warm-up pair: " + figures
                + " (" + verdict(figures) + ")");
        System.out.println("per pair (with / without): " + describe(figures));
        System.out.println("load average: " + before + " before, " + Machine.loadAverage() + " after");
    }

    private static String describe(AbbaPairs figures) {
        List<String> pairs = new ArrayList<>();
        for (int pair = 0; pair < figures.withCost().size(); pair++) {
            pairs.add(Numbers.milliseconds(figures.withCost().get(pair)) + " / "
                    + Numbers.milliseconds(figures.withoutCost().get(pair)));
        }
        return String.join(", ", pairs);
    }
}
