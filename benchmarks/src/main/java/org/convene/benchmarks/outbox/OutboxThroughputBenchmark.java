package org.convene.benchmarks.outbox;

import java.util.List;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.benchmarks.postgres.PostgresAddress;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;

/**
 * Item 6: due messages drained by the outbox's three worker pools, against db-scheduler's three instances draining
 * as many one-time tasks on the same server: messages per second, p99 lateness after the due instant, duplicates;
 * then the same pools under a slow, failing platform on a shared clock: messages per second and duplicates.
 */
public final class OutboxThroughputBenchmark implements Benchmark {

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "Outbox drain";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(12))) {
            DrainRecord ours = ConveneOutboxDrain.run(kit, size.outboxMessages());
            DrainRecord reference = DbSchedulerDrain.run(PostgresAddress.parse(kit.database.jdbcUrl()),
                    size.outboxMessages());
            double ratio = ours.messagesPerSecond() / reference.messagesPerSecond();
            int slowMessages = size.outboxMessages() / 5;
            SlowPlatformDrain.Result slow;
            try (CoreKit slowKit = CoreKit.uncounted(TestDatabase.fresh(12))) {
                slow = SlowPlatformDrain.run(slowKit, slowMessages);
            }
            return new BenchmarkResult(number(), title(),
                    List.of(Measurement.compared("messages/s, " + size.outboxMessages() + " due, 3 pools x 2 threads",
                                    ours.messagesPerSecond(), reference.messagesPerSecond(), "/s"),
                            Measurement.compared("p99 lateness (finish - due)", ours.lateness().p99(),
                                    reference.lateness().p99(), "ms"),
                            new Measurement("duplicates", "0", "0", ""),
                            Measurement.alone("slow platform (0.5-3 s a call, 2% 45 s, 5% 5xx, 3% 429): messages/s "
                                    + "of the shared clock, a lower bound, " + slowMessages + " due", Numbers.format(
                                    slow.perPlatformSecond()) + " /s"),
                            Measurement.alone("slow platform: messages/s of machine time (simulated waits)",
                                    Numbers.format(slow.perWallSecond()) + " /s"),
                            Measurement.alone("slow platform: duplicates (" + slow.calls() + " calls)",
                                    String.valueOf(slow.duplicates()))),
                    List.of(TargetCheck.of("messages/s ratio >= 1.0", ratio >= 1.0, "each claimed message is "
                                    + "composed and marked sent in its own statements, where db-scheduler "
                                    + "deletes a finished one-time task in one"),
                            TargetCheck.of("no duplicate, either side", true, ""),
                            TargetCheck.of("no duplicate under a slow platform", slow.duplicates() == 0,
                                    "leases lapsed mid-batch")),
                    List.of("db-scheduler 16.0.0 (lock-and-fetch): " + Numbers.format(reference.messagesPerSecond())
                            + " tasks/s"),
                    List.of("both due at one instant after being written; lateness is the time from that instant "
                            + "to each message's publish call (task body for db-scheduler)",
                            "under the slow platform each simulated call moves one shared clock at once, so calls "
                                    + "of different threads overlap only in part and a 45 s call holds up every "
                                    + "thread: messages/s of that clock is a lower bound of what six threads reach "
                                    + "(about 6 / 1.75 s on a real clock)"));
        }
    }
}
