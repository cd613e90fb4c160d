package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who goes alone: only an answer that finds its event idle, with nothing waiting and nothing applying; one that
 * arrives while a batch still applies (it holds the lock and writes) leads at once, but under the lock behind it.
 */
class AnswerCombinerTest {

    private static final long EVENT = 42;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AnswerCombiner combiner = new AnswerCombiner();
    private final Map<String, Boolean> waited = new ConcurrentHashMap<>();

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void anAnswerArrivingWhileABatchStillAppliesLeadsAtOnceUnderTheLockAndOneFindingTheEventIdleGoesAlone()
            throws Exception {
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> answer("first", locked -> {
            locked.run();
            firstHoldsTheLock.countDown();
            await(firstMayCommit);
        }));
        assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();

        answer("second", locked -> locked.run());
        firstMayCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        answer("third", locked -> locked.run());

        assertThat(waited).containsEntry("first", false).containsEntry("second", true)
                .containsEntry("third", false);
    }

    /** Submits one answer whose batch work runs {@code during} with the hand-over, recording whether it waited. */
    private void answer(String name, java.util.function.Consumer<Runnable> during) {
        combiner.submit(EVENT, new AnswerCombiner.Ask(null, new RsvpUseCase.Input(EVENT, Answer.GOING, 0)),
                (eventId, asks, locked, behind) -> {
                    waited.put(name, behind);
                    during.accept(locked);
                    return List.of(AnswerCombiner.Outcome.of(new RsvpUseCase.Result(null, null, null)));
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
