package org.convene.benchmarks.rsvp;

import java.util.List;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkResult;
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
import org.convene.core.usecase.RsvpUseCase;

/**
 * Item 2: RSVPs per second to one event of very large capacity from N clients (members answer going, then not
 * going, in turn), against a pgbench script that updates one row with N clients. Two more references, also from
 * pgbench, say where the time goes: Convene's own one-call answer without the JVM, and the least any correct answer
 * writes under the event's lock.
 */
public final class HotEventRsvpBenchmark implements Benchmark {

    private static final int FEW_MEMBERS = 20;

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
        try (CoreKit kit = new CoreKit(TestDatabase.fresh(size.clients() + 2))) {
            RsvpWorld world = RsvpWorld.create(kit, 1, 2, 1_000_000, memberCount);
            long hotEvent = world.events.get(0);
            ClosedLoopLoad.Throughput load = hammer(kit, world, hotEvent, memberCount, size);
            ClosedLoopLoad.Throughput few = hammer(kit, world, world.events.get(1), FEW_MEMBERS, size);
            double ours = load.perSecond();
            PostgresAddress server = PostgresAddress.parse(kit.database.jdbcUrl());
            double withoutJvm = pgbench.customPrepared(server, HotEventScripts.conveneAnswer(hotEvent,
                    world.members.get(0).memberId(), memberCount, size.clients()), size.clients(),
                    size.throughputDuration());
            PostgresAddress reference = ReferenceDatabase.create(server, "pgbench_hot_row");
            double tps = pgbench.custom(reference, HotEventScripts.oneRowUpdate(reference), size.clients(),
                    size.throughputDuration());
            double least = pgbench.customPrepared(reference, HotEventScripts.leastAnswer(reference, memberCount),
                    size.clients(), size.throughputDuration());
            double ratio = ours / tps;
            return new BenchmarkResult(number(), title(),
                    List.of(Measurement.compared("RSVPs/s to one event (" + memberCount + " members) vs pgbench "
                                    + "one-row update TPS, " + size.clients() + " clients", ours, tps, "/s"),
                            Measurement.compared("the same with only " + FEW_MEMBERS + " members answering",
                                    few.perSecond(), tps, "/s"),
                            Measurement.compared("Convene's read and apply_answer call from pgbench (no JVM)",
                                    withoutJvm, tps, "/s"),
                            Measurement.compared("the least an answer writes (seat count, then the member's row, "
                                    + "under the event's lock) from pgbench", least, tps, "/s")),
                    List.of(TargetCheck.of("ratio >= 0.5", ratio >= 0.5, reason(ours, withoutJvm, least, tps,
                            load))),
                    List.of("pgbench -f one-row update: " + Numbers.format(tps) + " TPS"),
                    List.of("JVM CPU per RSVP " + Numbers.milliseconds(load.jvmCpuMillisPerOperation())
                            + "; one event of capacity 1,000,000, " + memberCount + " members answering going and "
                            + "not going in turn; pgbench script: " + HotEventScripts.ONE_ROW_UPDATE.strip()
                            + "; the least answer is one function call of two updates (the event's seat count, "
                            + "then the member's row); both extra references run with -M prepared, as JDBC "
                            + "prepares its statements"));
        }
    }

    private static String reason(double ours, double withoutJvm, double least, double tps,
                                 ClosedLoopLoad.Throughput load) {
        return "ours, by choice: an answer to one event is a read, then one call that joins the member to the "
                + "group and, under the event's row lock, checks the event's rules, the member's RSVP as read and "
                + "the seat premise, moves the seat count and writes the RSVP. That call alone, from pgbench's C "
                + "client, reaches " + Numbers.format(withoutJvm) + "/s: the database's work per answer bounds "
                + "the rate there, and the JVM's " + Numbers.milliseconds(load.jvmCpuMillisPerOperation())
                + " of CPU per RSVP on the same 2 shared cores brings ours to " + Numbers.format(ours)
                + "/s. The least such "
                + "write, two updates of two narrow tables in one call, reaches " + Numbers.format(least) + "/s "
                + "(ratio " + Numbers.ratio(least, tps) + "). Closing the gap would take the read away, which "
                + "means deciding the answer inside the database: the seat ledger's rules written a second time, "
                + "in SQL. We keep one copy of the rules, in the ledger, and take the read";
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
