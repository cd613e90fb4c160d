package org.convene.config;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.convene.core.metrics.MeteredPublisher;
import org.convene.core.outbox.ClaimScope;
import org.convene.core.outbox.FailureReporter;
import org.convene.core.outbox.MessageComposer;
import org.convene.core.outbox.OutboxRunner;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.outbox.Publisher;
import org.convene.core.outbox.TimedMessagePlanner;
import org.convene.core.port.OutboxRepository;

/**
 * Builds the outbox's workers over the publishers this instance has, for the background runner or the console; they
 * claim only the messages of those publishers' platforms and, on Discord, of this instance's shards, and each
 * delivery's outcome is counted. Claims hold their messages for the configured lease; a lease shorter than twice the
 * longest send counts half the lease as the longest send, so a claim still covers two messages.
 */
public final class Outbox {

    /** A Discord direct message is two calls of up to 20 s each. */
    static final Duration LONGEST_SEND = Duration.ofSeconds(40);
    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final int WORKERS = 2;

    private final OutboxRepository outbox;
    private final MessageComposer composer;
    private final FailureReporter failures;
    private final TimedMessagePlanner planner;
    private final Clock clock;
    private final Duration lease;
    private final Settings.DiscordSection discord;
    private final MeterRegistry registry;

    @Inject
    public Outbox(OutboxRepository outbox, MessageComposer composer, FailureReporter failures,
                  TimedMessagePlanner planner, Clock clock, Settings settings, MeterRegistry registry) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.composer = requireNonNull(composer, "composer");
        this.failures = requireNonNull(failures, "failures");
        this.planner = requireNonNull(planner, "planner");
        this.clock = requireNonNull(clock, "clock");
        this.lease = requireNonNull(settings, "settings").outboxLease();
        this.discord = settings.discord();
        this.registry = requireNonNull(registry, "registry");
    }

    public OutboxWorker worker(String name, List<Publisher> publishers) {
        List<Publisher> metered = publishers.stream()
                .<Publisher>map(publisher -> new MeteredPublisher(publisher, registry)).toList();
        return new OutboxWorker(outbox, composer, metered, failures, clock,
                ManagementFactory.getRuntimeMXBean().getName() + "/" + name, lease, longestSend(lease),
                scope(publishers, discord));
    }

    /** What workers over these publishers deliver: their platforms and, on Discord, this instance's shards. */
    static ClaimScope scope(List<Publisher> publishers, Settings.DiscordSection discord) {
        return ClaimScope.of(publishers.stream().map(Publisher::platform).toList())
                .withDiscordShards(discord.shards(), discord.firstShard(), discord.lastShard());
    }

    /** The longest a send may take within a lease: forty seconds, or half of a shorter lease. */
    static Duration longestSend(Duration lease) {
        Duration half = lease.dividedBy(2);
        return half.compareTo(LONGEST_SEND) < 0 ? half : LONGEST_SEND;
    }

    /** A runner that plans and delivers in the background until closed. */
    public OutboxRunner runner(List<Publisher> publishers) {
        List<OutboxWorker> workers = new ArrayList<>();
        for (int index = 0; index < WORKERS; index++) {
            workers.add(worker("worker-" + index, publishers));
        }
        return new OutboxRunner(planner, workers, Executors.newScheduledThreadPool(WORKERS + 1,
                Thread.ofPlatform().name("convene-outbox-", 0).daemon().factory()), INTERVAL);
    }

    /** Plans and delivers what is due now, on the calling thread: what the console does after each command. */
    public Runnable inline(List<Publisher> publishers) {
        OutboxWorker worker = worker("console", publishers);
        return () -> {
            planner.plan();
            worker.drain();
        };
    }
}
