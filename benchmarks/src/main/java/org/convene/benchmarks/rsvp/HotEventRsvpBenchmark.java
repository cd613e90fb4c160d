package org.convene.benchmarks.rsvp;

import java.util.List;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Latencies;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.benchmarks.postgres.Pgbench;
import org.convene.benchmarks.postgres.PostgresAddress;
import org.convene.benchmarks.postgres.ReferenceDatabase;
import org.convene.core.domain.Answer;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.core.usecase.AnswerCombiner;
import org.convene.core.usecase.RsvpUseCase;

/**
 * Item 2: RSVPs per second to one event of very large capacity from N clients (members answer going, then not
 * going, in turn), against a pgbench script that updates one row with N clients, prepared as JDBC prepares its
 * statements and with pgbench's default simple protocol. Answers to the event that arrive together go in one batch
 * (group commit); the batch sizes are reported, and the latency of one answer at a steady 50 a second. Two more
 * references, also from pgbench, say where the time goes: Convene's own one-call answer without the JVM, and the
 * least any correct answer writes under the event's lock.
 */
public final class HotEventRsvpBenchmark implements Benchmark {

    private static final int FEW_MEMBERS = 20;
    private static final int STEADY_RATE = 50;

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "RSVP throughput, one hot event";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        Pgbench pgbench = Pgbench.find();
        int memberCount = size.name().equals("full") ? 1_000 : 100;
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(size.clients() + 2))) {
            RsvpWorld world = RsvpWorld.create(kit, 1, 3, 1_000_000, memberCount);
            long hotEvent = world.events.get(0);
            BatchSizes batches = BatchSizes.from(kit.answerCombiner, kit.ledgers);
            ClosedLoopLoad.Throughput load = hammer(kit, world, hotEvent, memberCount, size);
            String hotBatches = batches.since(kit.answerCombiner, kit.ledgers);
            ClosedLoopLoad.Throughput few = hammer(kit, world, world.events.get(1), FEW_MEMBERS, size);
            Latencies steady = steady(kit, world, world.events.get(2), memberCount, size);
            double ours = load.perSecond();
            PostgresAddress server = PostgresAddress.parse(kit.database.jdbcUrl());
            double withoutJvm = pgbench.customPrepared(server, HotEventScripts.conveneAnswer(hotEvent,
                    world.members.get(0).memberId(), memberCount, size.clients()), size.clients(),
                    size.throughputDuration());
            PostgresAddress reference = ReferenceDatabase.create(server, "pgbench_hot_row");
            String oneRow = HotEventScripts.oneRowUpdate(reference);
            double prepared = pgbench.customPrepared(reference, oneRow, size.clients(), size.throughputDuration());
            double simple = pgbench.custom(reference, oneRow, size.clients(), size.throughputDuration());
            double least = pgbench.customPrepared(reference, HotEventScripts.leastAnswer(reference, memberCount),
                    size.clients(), size.throughputDuration());
            return new BenchmarkResult(number(), title(),
                    List.of(Measurement.compared("RSVPs/s to one event (" + memberCount + " members) vs pgbench "
                                    + "one-row update TPS (-M prepared), " + size.clients() + " clients", ours,
                                    prepared, "/s"),
                            Measurement.compared("the same vs pgbench one-row update TPS (simple protocol)", ours,
                                    simple, "/s"),
                            Measurement.alone("batches of answers to the hot event", hotBatches),
                            Measurement.compared("the same with only " + FEW_MEMBERS + " members answering",
                                    few.perSecond(), prepared, "/s"),
                            Measurement.alone("one answer at a steady " + STEADY_RATE + "/s to one event (open "
                                    + "loop)", "p50 " + Numbers.milliseconds(steady.p50()) + ", p99 "
                                    + Numbers.milliseconds(steady.p99()) + ", max "
                                    + Numbers.milliseconds(steady.maxMillis())),
                            Measurement.compared("Convene's read and apply_answer call from pgbench (no JVM, one "
                                    + "answer per call)", withoutJvm, prepared, "/s"),
                            Measurement.compared("the least an answer writes (seat count, then the member's row, "
                                    + "under the event's lock) from pgbench", least, prepared, "/s")),
                    List.of(TargetCheck.of("ratio >= 1.0 vs -M prepared", ours >= prepared,
                                    reason(ours, prepared, load, hotBatches)),
                            TargetCheck.of("ratio >= 1.0 vs simple protocol", ours >= simple,
                                    reason(ours, simple, load, hotBatches))),
                    List.of("pgbench -f one-row update -M prepared: " + Numbers.format(prepared) + " TPS; simple "
                            + "protocol: " + Numbers.format(simple) + " TPS"),
                    List.of("JVM CPU per RSVP in the measured window " + load.cpuPerOperation()
                            + "; one event of capacity 1,000,000, " + memberCount + " members answering going and "
                            + "not going in turn; answers that arrive while a batch is applied go in the next one "
                            + "(at most " + AnswerCombiner.MOST_PER_BATCH + "), decided on the event's ledger as "
                            + "this instance remembers it and written in one call that checks the event's ledger "
                            + "version under its lock, or, for members not yet remembered, one transaction under "
                            + "the lock; pgbench script: " + HotEventScripts.ONE_ROW_UPDATE.strip()
                            + "; the least answer is one function call of two updates (the event's seat count, "
                            + "then the member's row); the steady load answers a third event from "
                            + Numbers.format(size.throughputDuration().toSeconds() * STEADY_RATE) + " scheduled "
                            + "answers after a warm-up"));
        }
    }

    private static String reason(double ours, double reference, ClosedLoopLoad.Throughput load, String batches) {
        return "ours: " + Numbers.format(ours) + "/s against " + Numbers.format(reference) + "/s with "
                + batches + "; with " + "N closed-loop clients a batch holds at most N answers, and the next "
                + "batch is decided once this one's call has returned (one round trip per batch in one call, two "
                + "under the lock), with the JVM's " + load.cpuPerOperation() + " of CPU per RSVP on the same 2 "
                + "shared cores (see the load average)";
    }

    /** Members take turns answering going and not going to one event, at a steady rate, each answer on its own. */
    private static Latencies steady(CoreKit kit, RsvpWorld world, long event, int members, SuiteSize size) {
        return SteadyAnswers.run(STEADY_RATE, size.throughputWarmup(), size.throughputDuration(), sequence -> {
            Answer answer = (sequence / members) % 2 == 0 ? Answer.GOING : Answer.NOT_GOING;
            kit.rsvp.rsvp(world.members.get((int) (sequence % members)), new RsvpUseCase.Input(event, answer, 0));
        });
    }

    /** Members take turns answering going and not going to one event, from N clients. */
    private static ClosedLoopLoad.Throughput hammer(CoreKit kit, RsvpWorld world, long event, int members,
                                                    SuiteSize size) throws InterruptedException {
        return ClosedLoopLoad.operationsPerSecond(size.clients(), size.throughputWarmup(), size.throughputDuration(),
                sequence -> {
                    Answer answer = (sequence / members) % 2 == 0 ? Answer.GOING : Answer.NOT_GOING;
                    kit.rsvp.rsvp(world.members.get((int) (sequence % members)),
                            new RsvpUseCase.Input(event, answer, 0));
                });
    }
}
