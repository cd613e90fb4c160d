package org.convene.benchmarks.rsvp;

import java.math.BigInteger;
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
 * Item 1: RSVPs per second through the real RsvpUseCase and store, N clients answering for different members to
 * many different events, against pgbench's TPC-B-like TPS with N clients on the same server.
 */
public final class ManyEventsRsvpBenchmark implements Benchmark {

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "RSVP throughput, many events";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        Pgbench pgbench = Pgbench.find();
        int memberCount = size.name().equals("full") ? 1_000 : 100;
        int eventCount = coprimeAtLeast(memberCount / 2, memberCount + 1);
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(size.clients() + 2))) {
            RsvpWorld world = RsvpWorld.create(kit, 10, eventCount, 1_000_000, memberCount);
            BatchSizes batches = BatchSizes.from(kit.answerCombiner, kit.ledgers);
            // Sequence k answers for member k mod M to event (k + k div M) mod E: every pair at most once, and
            // consecutive answers go to different events.
            ClosedLoopLoad.Throughput load = ClosedLoopLoad.operationsPerSecond(size.clients(), size.throughputWarmup(),
                    size.throughputDuration(), sequence -> {
                        int member = (int) (sequence % memberCount);
                        int event = (int) ((sequence + sequence / memberCount) % eventCount);
                        kit.rsvp.rsvp(world.members.get(member),
                                new RsvpUseCase.Input(world.events.get(event), Answer.GOING, 0));
                    });
            String batched = batches.since(kit.answerCombiner, kit.ledgers);
            double ours = load.perSecond();
            PostgresAddress reference = ReferenceDatabase.create(PostgresAddress.parse(kit.database.jdbcUrl()),
                    "pgbench_tpcb");
            pgbench.initialize(reference, size.clients());
            double tps = pgbench.tpcbLike(reference, size.clients(), size.throughputDuration());
            double ratio = ours / tps;
            return new BenchmarkResult(number(), title(),
                    List.of(Measurement.compared("RSVPs/s vs pgbench tpcb-like TPS, " + size.clients() + " clients",
                            ours, tps, "/s")),
                    List.of(TargetCheck.of("ratio >= 1.0", ratio >= 1.0, "ours: each RSVP costs the JVM "
                            + load.cpuPerOperation() + " of CPU (use case, JDBC "
                            + "driver, pool, load threads) on 2 cores that PostgreSQL needs too, where pgbench's C "
                            + "client costs almost none; an RSVP is a read and one guarded call (see item 2) where "
                            + "a TPC-B transaction is three updates, a select and an insert. Not ours: the cores are "
                            + "shared with other work (see the load average)")),
                    List.of("pgbench tpcb-like: " + Numbers.format(tps) + " TPS"),
                    List.of("JVM CPU per RSVP in the measured window " + load.cpuPerOperation() + "; "
                            + batched + "; "
                            + eventCount + " events in 10 groups, " + memberCount + " members; pgbench -i -s "
                            + size.clients() + " (scale = clients, so TPC-B's branch rows do not serialize it)"));
        }
    }

    private static int coprimeAtLeast(int start, int with) {
        int candidate = Math.max(2, start);
        while (!BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(with)).equals(BigInteger.ONE)) {
            candidate++;
        }
        return candidate;
    }
}
