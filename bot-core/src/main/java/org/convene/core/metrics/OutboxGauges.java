package org.convene.core.metrics;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.convene.core.port.OutboxLoad;

/**
 * {@code convene_outbox_backlog} (due messages still waiting) and {@code convene_outbox_oldest_due_age_seconds}
 * (how long the oldest of them has waited; 0 when none), read through one query kept for a few seconds, so a scrape
 * costs one cheap statement at most. A database that cannot be read shows as NaN.
 */
public final class OutboxGauges {

    /** How long one reading serves scrapes. */
    public static final Duration FRESHNESS = Duration.ofSeconds(5);

    private record Reading(Instant at, double backlog, double oldestAgeSeconds) {
    }

    private final OutboxLoad load;
    private final Clock clock;
    private Reading last;

    public OutboxGauges(OutboxLoad load, Clock clock) {
        this.load = requireNonNull(load, "load");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Registers both gauges on {@code registry}. */
    public OutboxGauges bindTo(MeterRegistry registry) {
        Gauge.builder("convene.outbox.backlog", this, gauges -> gauges.reading().backlog())
                .description("Due outbox messages still waiting to be delivered").strongReference(true)
                .register(registry);
        Gauge.builder("convene.outbox.oldest.due.age", this, gauges -> gauges.reading().oldestAgeSeconds())
                .description("How long the oldest due outbox message has waited").baseUnit("seconds")
                .strongReference(true).register(registry);
        return this;
    }

    private synchronized Reading reading() {
        Instant now = clock.instant();
        if (last != null && !now.isBefore(last.at()) && now.isBefore(last.at().plus(FRESHNESS))) {
            return last;
        }
        try {
            OutboxLoad.Waiting waiting = load.waiting(now);
            double age = waiting.oldestDue().map(due -> Duration.between(due, now).toMillis() / 1000.0).orElse(0.0);
            last = new Reading(now, waiting.messages(), Math.max(0, age));
        } catch (RuntimeException unreadable) {
            last = new Reading(now, Double.NaN, Double.NaN);
        }
        return last;
    }
}
