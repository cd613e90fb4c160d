package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.convene.core.domain.Platform;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.RecordingPublisher;
import org.convene.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Three worker pools share one outbox: every message goes out exactly once, even when one pool dies mid-run. */
class OutboxWorkerPoolsTest {

    private static final int MESSAGES = 10_000;
    private static final int THREADS_PER_POOL = 2;

    @Test
    void threePoolsDeliverTenThousandMessagesExactlyOnceAndADeadPoolLosesNone() throws Exception {
        try (CoreKit kit = new CoreKit(TestDatabase.fresh(12))) {
            kit.messagesToAdmin("bulk:", MESSAGES);
            RecordingPublisher first = new RecordingPublisher(Platform.CONSOLE);
            RecordingPublisher second = new RecordingPublisher(Platform.CONSOLE);
            RecordingPublisher doomed = new RecordingPublisher(Platform.CONSOLE);
            OutboxWorker dying = kit.worker("pool-c", doomed);
            CountDownLatch halfway = new CountDownLatch(1);
            doomed.answer(delivery -> {
                if (doomed.deliveries().size() >= 200) {
                    halfway.countDown();
                }
                return new Delivery.Sent("c");
            });

            ExecutorService pools = Executors.newFixedThreadPool(3 * THREADS_PER_POOL);
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS_PER_POOL; thread++) {
                running.add(pools.submit(() -> kit.worker("pool-a", first).drain()));
                running.add(pools.submit(() -> kit.worker("pool-b", second).drain()));
            }
            Future<List<OutboxMessage>> crash = pools.submit(() -> {
                while (halfway.getCount() > 0 && dying.runOnce() > 0) {
                    // deliver until halfway, then claim a batch and die holding its lease
                }
                return dying.claim();
            });
            List<OutboxMessage> abandoned = crash.get(120, TimeUnit.SECONDS);
            for (Future<?> pool : running) {
                pool.get(120, TimeUnit.SECONDS);
            }
            assertThat(abandoned).isNotEmpty();
            assertThat(kit.outbox.pending()).isEqualTo(abandoned.size());

            kit.clock.advance(Duration.ofSeconds(61));
            kit.worker("pool-a", first).drain();
            pools.shutdown();

            Map<String, Long> deliveries = java.util.stream.Stream.of(first, second, doomed)
                    .flatMap(publisher -> publisher.deliveries().stream())
                    .collect(Collectors.groupingBy(Delivery::key, Collectors.counting()));
            assertThat(deliveries).hasSize(MESSAGES);
            assertThat(deliveries.values()).allMatch(count -> count == 1);
            assertThat(kit.outbox.pending()).isZero();
            assertThat(first.deliveries()).isNotEmpty();
            assertThat(second.deliveries()).isNotEmpty();
            assertThat(abandoned.stream().map(OutboxMessage::dedupeKey).toList())
                    .allMatch(key -> first.deliveries().stream().map(Delivery::key).anyMatch(key::equals));
        }
    }
}
