package org.convene.benchmarks.rsvp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.benchmarks.Benchmark;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.BenchmarkResult;
import org.convene.benchmarks.Measurement;
import org.convene.benchmarks.Numbers;
import org.convene.benchmarks.SuiteSize;
import org.convene.benchmarks.TargetCheck;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Rsvp;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.TestDatabase;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.RsvpUseCase;

/**
 * Item 3: rounds of concurrent RSVPs to one event of capacity 1 and of capacity 50, a tenth of them duplicate
 * deliveries of another member's answer at the same moment; every round must end with exact seats, one RSVP per
 * member, and distinct waitlist positions. Any violation fails the benchmark.
 */
public final class ContentionCorrectnessBenchmark implements Benchmark {

    private static final int[] CAPACITIES = {1, 50};

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "Correctness under contention";
    }

    @Override
    public BenchmarkResult run(SuiteSize size) throws Exception {
        int duplicates = size.contenders() / 10;
        int distinct = size.contenders() - duplicates;
        List<Measurement> rows = new ArrayList<>();
        List<TargetCheck> targets = new ArrayList<>();
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(20));
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            RsvpWorld world = RsvpWorld.create(kit, 1, 0, null, distinct);
            long checked = 0;
            for (int capacity : CAPACITIES) {
                BatchSizes batches = BatchSizes.from(kit.answerCombiner, kit.ledgers);
                long started = System.nanoTime();
                long deadline = started + size.contentionBudget().toNanos();
                int rounds = 0;
                for (int round = 0; round < size.contentionRounds() && System.nanoTime() < deadline; round++) {
                    long event = kit.postEvent.post(world.admin, Events.capped("group-0",
                            CoreKit.START.plus(Duration.ofDays(5)), capacity, 0)).event().id();
                    answerAtOnce(kit, threads, world.members, event, size.contenders());
                    check(kit, event, capacity, distinct, round);
                    checked += size.contenders();
                    rounds++;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double secondsPerRound = seconds / rounds;
                rows.add(Measurement.alone("capacity " + capacity + ": " + rounds + " rounds of "
                        + size.contenders() + " concurrent RSVPs (" + duplicates + " duplicates)",
                        "all exact, " + Numbers.format(secondsPerRound) + " s per round; "
                                + batches.since(kit.answerCombiner, kit.ledgers)));
                targets.add(TargetCheck.of(size.contentionRounds() + " rounds at capacity " + capacity,
                        rounds == size.contentionRounds(), "only " + rounds + " rounds fit the "
                                + size.contentionBudget().toSeconds() + " s budget: a round takes "
                                + Numbers.format(secondsPerRound) + " s: its answers are serialized on the "
                                + "event's row lock, in batches of the answers that arrived meanwhile, each a "
                                + "transaction of four round trips, with a thousand client threads on 2 shared "
                                + "cores (ours, and the machine)"));
            }
            targets.add(TargetCheck.of("exact seats, one RSVP per member, distinct waitlist positions in "
                    + "every round", true, ""));
            return new BenchmarkResult(number(), title(), rows, targets,
                    List.of(),
                    List.of(checked + " RSVPs checked; a violation would have failed the run"));
        }
    }

    private static void answerAtOnce(CoreKit kit, ExecutorService threads, List<Actor> members, long event,
                                     int attempts) throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> answers = new ArrayList<>(attempts);
        for (int attempt = 0; attempt < attempts; attempt++) {
            // Attempts past the distinct members deliver an earlier member's answer a second time, at once.
            Actor member = members.get(attempt % members.size());
            answers.add(threads.submit(() -> {
                gate.await();
                kit.rsvp.rsvp(member, new RsvpUseCase.Input(event, Answer.GOING, 0));
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> answer : answers) {
            try {
                answer.get(5, TimeUnit.MINUTES);
            } catch (ExecutionException failure) {
                throw new BenchmarkFailure("an RSVP under contention failed: " + failure.getCause(),
                        failure.getCause());
            } catch (java.util.concurrent.TimeoutException stuck) {
                throw new BenchmarkFailure("an RSVP under contention did not finish in 5 minutes", stuck);
            }
        }
    }

    private static void check(CoreKit kit, long event, int capacity, int distinct, int round) {
        List<Rsvp> rsvps = kit.rsvps.forEvent(event);
        String where = "capacity " + capacity + ", round " + round + ", event " + event + ": ";
        if (rsvps.size() != distinct) {
            throw new BenchmarkFailure(where + rsvps.size() + " RSVPs stored for " + distinct + " members");
        }
        if (rsvps.stream().map(Rsvp::memberId).distinct().count() != distinct) {
            throw new BenchmarkFailure(where + "a member holds two RSVPs");
        }
        int seats = rsvps.stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
        int expectedSeats = Math.min(capacity, distinct);
        int seatsTaken = kit.events.byId(event).orElseThrow().seatsTaken();
        if (seats != expectedSeats || seatsTaken != expectedSeats) {
            throw new BenchmarkFailure(where + seats + " confirmed seats and seats_taken " + seatsTaken
                    + ", expected exactly " + expectedSeats);
        }
        List<Rsvp> waitlist = rsvps.stream().filter(Rsvp::waitlisted).toList();
        if (waitlist.size() != distinct - expectedSeats) {
            throw new BenchmarkFailure(where + waitlist.size() + " waitlisted, expected " + (distinct - expectedSeats));
        }
        if (waitlist.stream().map(Rsvp::waitlistOrder).distinct().count() != waitlist.size()
                || waitlist.stream().anyMatch(rsvp -> rsvp.waitlistOrder() == null)) {
            throw new BenchmarkFailure(where + "two waitlisted members share a position (or one has none)");
        }
    }
}
