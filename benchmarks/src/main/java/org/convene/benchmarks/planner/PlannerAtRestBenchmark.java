package org.convene.benchmarks.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.core.store.Jdbc;
import org.convene.core.testing.CountingDataSource;
import org.convene.core.testing.MutableClock;
import org.convene.core.testing.TestDatabase;

/**
 * Database statements per second that the outbox side of several instances sends when nothing is happening: upcoming
 * events with confirmed attendees, some inside their reveal window, every due message already planned and sent.
 * Time is simulated (each instance plans and drains once per simulated second, as {@code config} runs them, the
 * instances spread over the second as independent processes would be), so the figure counts statements, not machine
 * speed, and every run gives the same count. Each run also checks that every due message exists exactly once.
 * Run with {@code [small|full]}.
 */
public final class PlannerAtRestBenchmark {

    /** A Wednesday afternoon: no Monday digest is due. */
    static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    /** How big a run is. */
    public record Shape(int events, int attendees, int instances, int measuredSeconds, int runs) {
        public static final Shape FULL = new Shape(1_000, 200, 3, 5, 3);
        public static final Shape SMALL = new Shape(60, 20, 3, 3, 3);
    }

    /** Statements per second of each run, and the median. */
    public record Figures(List<Double> perSecond) {
        public double median() {
            double[] sorted = perSecond.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        @Override
        public String toString() {
            return String.format("%.1f statements/s at rest (median of %d runs, range %.1f–%.1f)", median(),
                    perSecond.size(), perSecond.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    perSecond.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        }
    }

    private PlannerAtRestBenchmark() {
    }

    public static Figures run(Shape shape) {
        List<Double> perSecond = new ArrayList<>();
        for (int run = 0; run < shape.runs(); run++) {
            perSecond.add(once(shape));
        }
        return new Figures(perSecond);
    }

    private static double once(Shape shape) {
        try (TestDatabase database = TestDatabase.fresh(4)) {
            Jdbc plain = new Jdbc(database.dataSource());
            PlannerWorld.seed(plain, NOW, shape.events(), shape.attendees());
            CountingDataSource counting = new CountingDataSource(database.dataSource());
            Jdbc jdbc = new Jdbc(counting.dataSource());
            MutableClock clock = new MutableClock(NOW);
            List<PlannerInstance> instances = new ArrayList<>();
            for (int index = 0; index < shape.instances(); index++) {
                instances.add(new PlannerInstance(jdbc, clock, "instance-" + index));
            }
            instances.forEach(PlannerInstance::tick);
            plain.update("update outbox set status = 'SENT', finished_at = ? where status = 'PENDING'", NOW);
            clock.advance(Duration.ofSeconds(1));
            instances.forEach(PlannerInstance::tick);
            long before = counting.statements();
            Duration stagger = Duration.ofSeconds(1).dividedBy(instances.size());
            for (int second = 0; second < shape.measuredSeconds(); second++) {
                for (PlannerInstance instance : instances) {
                    clock.advance(stagger);
                    instance.tick();
                }
            }
            double rate = (counting.statements() - before) / (double) shape.measuredSeconds();
            checkExact(plain, clock.instant(), shape);
            return rate;
        }
    }

    /** Every private link and reminder that is due exists, once: the outbox's key is unique, so counts suffice. */
    private static void checkExact(Jdbc jdbc, Instant now, Shape shape) {
        long inWindow = PlannerWorld.eventsInsideRevealWindow(jdbc, now);
        long withinHour = jdbc.one("select count(*) from event where starts_at > ? and starts_at <= ?",
                row -> row.getLong(1), now, now.plus(Duration.ofHours(1))).orElseThrow();
        expect(jdbc, "PRIVATE_LINK", inWindow * shape.attendees());
        expect(jdbc, "CHANNEL_REMINDER", inWindow);
        expect(jdbc, "MEMBER_REMINDER", withinHour * shape.attendees());
    }

    private static void expect(Jdbc jdbc, String kind, long expected) {
        long found = jdbc.one("select count(*) from outbox where kind = ?", row -> row.getLong(1), kind)
                .orElseThrow();
        if (found != expected) {
            throw new BenchmarkFailure("planning is not exact: " + found + " " + kind + " messages, expected "
                    + expected);
        }
    }

    public static void main(String[] arguments) {
        Shape shape = arguments.length > 0 && arguments[0].equals("small") ? Shape.SMALL : Shape.FULL;
        System.out.println("planner, " + shape.events() + " upcoming events x " + shape.attendees()
                + " confirmed attendees, " + shape.instances() + " instances: " + run(shape));
    }
}
