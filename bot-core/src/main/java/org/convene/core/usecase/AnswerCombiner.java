package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Group commit of the answers to one event: while one answer (or batch) to an event is being applied, the answers that
 * arrive for that event wait in a queue in arrival order; when it is done, the first of them applies all that waited,
 * up to a bound, as one batch, and each caller gets its own outcome. A batch that holds the event's lock lets the next
 * one start, which then waits for the lock in the database (so do answers that arrive while a batch still applies).
 * No one waits for a timer: an answer that finds its event idle (nothing waiting, nothing applying) is applied at
 * once, alone. One combiner serves the whole instance.
 */
@Singleton
public final class AnswerCombiner {

    /** The most answers applied in one batch. */
    public static final int MOST_PER_BATCH = 256;

    /** One caller's answer, as the batch work receives it. */
    public record Ask(Actor actor, RsvpUseCase.Input input) {
    }

    /** What one answer came to: its result, or the refusal (or failure) that only this caller sees. */
    public record Outcome(RsvpUseCase.Result result, RuntimeException refusal) {

        public static Outcome of(RsvpUseCase.Result result) {
            return new Outcome(requireNonNull(result, "result"), null);
        }

        public static Outcome refused(RuntimeException refusal) {
            return new Outcome(null, requireNonNull(refusal, "refusal"));
        }
    }

    /**
     * Applies a batch of answers to one event, in the order given; returns one outcome per answer, in that order. It
     * runs {@code locked} once it holds the event's lock, so the next batch may start and wait for that lock in the
     * database while this one writes and commits (the lock's queue keeps the batches in order). {@code waited} says
     * whether the batch waited behind another, so more are likely to follow it.
     */
    @FunctionalInterface
    public interface BatchWork {
        List<Outcome> apply(long eventId, List<Ask> asks, Runnable locked, boolean waited);
    }

    /**
     * Told of each answer once it is in line: queued behind the batch being applied, with how many now wait (itself
     * included), or leading a batch, once it has taken the batch's answers from the queue (with their number).
     */
    @FunctionalInterface
    public interface Arrivals {
        void queued(long eventId, int waiting);
    }

    private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicLongArray batchSizes = new AtomicLongArray(MOST_PER_BATCH + 1);
    private final Arrivals arrivals;

    public AnswerCombiner() {
        this((eventId, waiting) -> {
        });
    }

    public AnswerCombiner(Arrivals arrivals) {
        this.arrivals = requireNonNull(arrivals, "arrivals");
    }

    /**
     * Applies {@code ask} to {@code eventId} through {@code work}, in turn with the other answers to that event in this
     * instance, and returns its result or throws its refusal or the batch's failure.
     */
    public RsvpUseCase.Result submit(long eventId, Ask ask, BatchWork work) {
        Waiting waiting = new Waiting(ask);
        Lane lane = enqueue(eventId, waiting);
        boolean first = waiting.turn.isDone();
        if (waiting.turn.join()) {
            runBatch(eventId, lane, work, first, first && waiting.foundIdle);
        }
        try {
            return waiting.outcome.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /** How many batches of each size were applied so far (index = size; index 0 is unused). */
    public long[] batchSizes() {
        long[] counts = new long[batchSizes.length()];
        for (int size = 0; size < counts.length; size++) {
            counts[size] = batchSizes.get(size);
        }
        return counts;
    }

    private Lane enqueue(long eventId, Waiting waiting) {
        while (true) {
            Lane lane = lanes.computeIfAbsent(eventId, id -> new Lane());
            int queued;
            synchronized (lane) {
                if (lane.retired) {
                    continue;
                }
                lane.queue.add(waiting);
                queued = lane.queue.size();
                if (!lane.busy) {
                    lane.busy = true;
                    waiting.foundIdle = lane.inFlight == 0;
                    waiting.turn.complete(true);
                    return lane;
                }
            }
            arrivals.queued(eventId, queued);
            return lane;
        }
    }

    /**
     * Applies the answers at the head of the queue; {@code arrived} when the leader was not told of as queued,
     * {@code idle} when it also found no batch of the event still applying (only then may it go alone).
     */
    private void runBatch(long eventId, Lane lane, BatchWork work, boolean arrived, boolean idle) {
        List<Waiting> batch = new ArrayList<>();
        synchronized (lane) {
            while (!lane.queue.isEmpty() && batch.size() < MOST_PER_BATCH) {
                batch.add(lane.queue.poll());
            }
            lane.inFlight++;
        }
        batchSizes.incrementAndGet(batch.size());
        if (arrived) {
            arrivals.queued(eventId, batch.size());
        }
        AtomicBoolean handed = new AtomicBoolean();
        Runnable handOver = () -> {
            if (handed.compareAndSet(false, true)) {
                handOver(eventId, lane);
            }
        };
        try {
            List<Outcome> outcomes = work.apply(eventId, batch.stream().map(waiting -> waiting.ask).toList(),
                    handOver, !idle);
            for (int index = 0; index < batch.size(); index++) {
                batch.get(index).complete(outcomes.get(index));
            }
        } catch (RuntimeException | Error failure) {
            batch.forEach(waiting -> waiting.outcome.completeExceptionally(failure));
        } finally {
            for (Waiting waiting : batch) {
                if (!waiting.outcome.isDone()) {
                    waiting.outcome.completeExceptionally(
                            new IllegalStateException("the batch gave this answer no outcome"));
                }
            }
            handOver.run();
            landed(eventId, lane);
        }
    }

    /**
     * Lets the first answer that waits lead the next batch; with none waiting, the next to arrive leads at once (and,
     * while this batch still applies, goes under the lock behind it rather than alone).
     */
    private void handOver(long eventId, Lane lane) {
        synchronized (lane) {
            Waiting next = lane.queue.peek();
            if (next == null) {
                lane.busy = false;
                retireIfIdle(eventId, lane);
            } else {
                next.turn.complete(true);
            }
        }
    }

    /** A batch has finished applying: the lane retires if nothing else is under way or waiting. */
    private void landed(long eventId, Lane lane) {
        synchronized (lane) {
            lane.inFlight--;
            retireIfIdle(eventId, lane);
        }
    }

    private void retireIfIdle(long eventId, Lane lane) {
        if (!lane.busy && lane.inFlight == 0 && lane.queue.isEmpty()) {
            lane.retired = true;
            lanes.remove(eventId, lane);
        }
    }

    /**
     * The answers waiting for one event; whether a batch leads (until it holds the event's lock), and how many batches
     * are still applying.
     */
    private static final class Lane {
        private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
        private boolean busy;
        private int inFlight;
        private boolean retired;
    }

    /** An answer in a queue: told either to lead a batch ({@code turn} true) or its outcome. */
    private static final class Waiting {
        private final Ask ask;
        private final CompletableFuture<Boolean> turn = new CompletableFuture<>();
        private boolean foundIdle;
        private final CompletableFuture<RsvpUseCase.Result> outcome = new CompletableFuture<>();

        private Waiting(Ask ask) {
            this.ask = ask;
            outcome.whenComplete((result, failure) -> turn.complete(false));
        }

        private void complete(Outcome answered) {
            if (answered.refusal() != null) {
                outcome.completeExceptionally(answered.refusal());
            } else {
                outcome.complete(answered.result());
            }
        }
    }
}
