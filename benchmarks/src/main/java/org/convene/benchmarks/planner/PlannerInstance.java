package org.convene.benchmarks.planner;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.FailureReporter;
import org.convene.core.outbox.MessageComposer;
import org.convene.core.outbox.OutboxNotices;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.outbox.Recipients;
import org.convene.core.outbox.SeriesLayout;
import org.convene.core.outbox.TimedMessagePlanner;
import org.convene.core.outbox.TimedMessages;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.store.CachingCommunityRepository;
import org.convene.core.store.CachingGroupRepository;
import org.convene.core.store.HotReads;
import org.convene.core.store.Jdbc;
import org.convene.core.store.JdbcCommunityRepository;
import org.convene.core.store.JdbcEventRepository;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.JdbcMemberRepository;
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.store.JdbcRsvpRepository;
import org.convene.core.store.JdbcScheduleRepository;
import org.convene.core.testing.ManualTicker;
import org.convene.core.testing.RecordingPublisher;

/**
 * One bot instance's outbox side, as {@code config} wires it: a planner and two workers, with caches of its own,
 * over the shared database. A tick is what the instance does each second.
 */
final class PlannerInstance {

    private static final int WORKERS = 2;

    private final TimedMessagePlanner planner;
    private final List<OutboxWorker> workers;

    PlannerInstance(Jdbc jdbc, Clock clock, String name) {
        HotReads hotReads = new HotReads(new ManualTicker(), 1_000, Duration.ofSeconds(30));
        CommunityRepository communities = new CachingCommunityRepository(new JdbcCommunityRepository(jdbc),
                hotReads, jdbc);
        GroupRepository groups = new CachingGroupRepository(new JdbcGroupRepository(jdbc), hotReads, jdbc);
        JdbcEventRepository events = new JdbcEventRepository(jdbc);
        JdbcRsvpRepository rsvps = new JdbcRsvpRepository(jdbc);
        JdbcOutboxRepository outbox = new JdbcOutboxRepository(jdbc);
        JdbcMemberRepository members = new JdbcMemberRepository(jdbc);
        Recipients recipients = new Recipients(members, communities);
        OutboxNotices notices = new OutboxNotices(outbox, groups, communities, rsvps, recipients, clock);
        JdbcScheduleRepository schedule = new JdbcScheduleRepository(jdbc);
        planner = new TimedMessagePlanner(jdbc, schedule, outbox, groups, new TimedMessages(outbox, groups, rsvps,
                notices), new SeriesLayout(schedule, events, groups, notices), clock);
        MessageComposer composer = new MessageComposer(events, groups, rsvps, outbox, communities,
                new org.convene.core.store.JdbcPollRepository(jdbc), clock);
        FailureReporter failures = new FailureReporter(outbox, events, groups, members, recipients, clock);
        RecordingPublisher console = new RecordingPublisher(Platform.CONSOLE);
        workers = java.util.stream.IntStream.range(0, WORKERS).mapToObj(index -> new OutboxWorker(outbox, composer,
                List.of(console), failures, clock, name + "/worker-" + index, Duration.ofSeconds(60), Duration.ofSeconds(1))).toList();
    }

    void tick() {
        planner.plan();
        workers.forEach(OutboxWorker::drain);
    }
}
