package org.convene.benchmarks.growth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Latencies;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.SuiteSize.DataShape;
import org.convene.benchmarks.TargetCheck;
import org.convene.benchmarks.data.SyntheticData;
import org.convene.core.domain.Answer;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.RsvpUseCase;

/**
 * Item 8: the latency of listing a group's events (page 1) and of an RSVP, one caller at a time, over 1x, 10x and
 * 100x a base amount of data, as p50 and p99 per size.
 */
public final class CostGrowthBenchmark implements Benchmark {

    private static final int[] FACTORS = {1, 10, 100};

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String title() {
        return "Cost growth";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) {
        List<Measurement> rows = new ArrayList<>();
        for (int factor : FACTORS) {
            DataShape shape = size.growthBase().times(factor);
            try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(4))) {
                SyntheticData.write(kit.database.dataSource(), shape, CoreKit.START.plus(Duration.ofDays(1)));
                List<Long> events = kit.jdbc.list("select id from event order by id", row -> row.getLong(1));
                int warmups = size.growthSamples() / 4;
                List<Actor> callers = new ArrayList<>();
                for (int caller = 0; caller < size.growthSamples() + warmups; caller++) {
                    callers.add(kit.person(SyntheticData.SPACE, "Caller " + caller, false));
                }
                Random random = new Random(factor);
                long[] lists = new long[size.growthSamples()];
                long[] answers = new long[size.growthSamples()];
                for (int sample = -warmups; sample < size.growthSamples(); sample++) {
                    Actor caller = callers.get(sample + warmups);
                    String group = "bench-" + random.nextInt(shape.groups());
                    long started = System.nanoTime();
                    kit.listEvents.list(caller, new ListEventsUseCase.Input(group, 1));
                    if (sample >= 0) {
                        lists[sample] = System.nanoTime() - started;
                    }
                }
                for (int sample = -warmups; sample < size.growthSamples(); sample++) {
                    long event = events.get(random.nextInt(events.size()));
                    long started = System.nanoTime();
                    kit.rsvp.rsvp(callers.get(sample + warmups), new RsvpUseCase.Input(event, Answer.GOING, 0));
                    if (sample >= 0) {
                        answers[sample] = System.nanoTime() - started;
                    }
                }
                rows.add(row("list page 1", factor, shape, new Latencies(lists)));
                rows.add(row("RSVP", factor, shape, new Latencies(answers)));
            }
        }
        return new BenchmarkResult(number(), title(), rows,
                List.of(TargetCheck.of("the curve is shown (no numeric target)", true, "")),
                List.of(),
                List.of("1x = " + size.growthBase() + "; at full size 100x has item 7's groups, events and RSVPs, "
                        + "not 100x of them (10 million events "
                        + "and 100 million RSVPs do not fit this machine's time budget); " + size.growthSamples()
                        + " timed calls per operation and size after " + size.growthSamples() / 4
                        + " untimed ones, one at a time, "
                        + "random groups and events, each RSVP by a member new to the event"));
    }

    private static Measurement row(String operation, int factor, DataShape shape, Latencies latencies) {
        return Measurement.alone(operation + " at " + factor + "x (" + String.format(java.util.Locale.ROOT, "%,d",
                shape.events()) + " events)", "p50 " + Numbers.milliseconds(latencies.p50()) + ", p99 "
                + Numbers.milliseconds(latencies.p99()));
    }
}
