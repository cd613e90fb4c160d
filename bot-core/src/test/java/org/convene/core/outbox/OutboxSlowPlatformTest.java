package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Platform;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.SendWindows;
import org.convene.core.testing.SlowPlatform;
import org.convene.core.testing.TestDatabase;
import org.convene.core.testing.WindowedOutbox;
import org.junit.jupiter.api.Test;

/**
 * Three worker pools against a platform that takes seconds per call and sometimes fails, all on one test clock that
 * the calls move: leases lapse while workers wait on the platform, and still every message is accepted exactly once.
 */
class OutboxSlowPlatformTest {

    private static final int MESSAGES = 2_000;
    private static final int POOLS = 3;
    private static final int THREADS_PER_POOL = 2;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration LONGEST_SEND = Duration.ofSeconds(20);
    /** What the platform's slowest call still keeps to: no single send outlasts the lease. */
    private static final Duration SEND_WITHIN_LEASE = Duration.ofSeconds(50);

    @Test
    void twoThousandMessagesThroughASlowFailingPlatformAreEachDeliveredExactlyOnce() throws Exception {
        try (CoreKit kit = new CoreKit(TestDatabase.fresh(12))) {
            kit.messagesToAdmin("slow:", MESSAGES);
            SendWindows windows = new SendWindows(kit.clock, SEND_WITHIN_LEASE);
            SlowPlatform platform = new SlowPlatform(Platform.CONSOLE, windows, 20261128L);
            WindowedOutbox outbox = new WindowedOutbox(kit.outbox, windows);

            ExecutorService threads = Executors.newFixedThreadPool(POOLS * THREADS_PER_POOL);
            List<Future<?>> running = new ArrayList<>();
            for (int pool = 0; pool < POOLS; pool++) {
                OutboxWorker worker = new OutboxWorker(outbox, kit.composer, List.of(platform), kit.failures,
                        kit.clock, "pool-" + pool, LEASE, LONGEST_SEND);
                for (int thread = 0; thread < THREADS_PER_POOL; thread++) {
                    running.add(threads.submit(() -> {
                        while (kit.outbox.pending() > 0) {
                            if (worker.drain() == 0) {
                                windows.advanceBy(Duration.ofSeconds(1));
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> worker : running) {
                worker.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();

            assertThat(platform.accepted()).hasSize(MESSAGES);
            assertThat(platform.accepted().entrySet()).filteredOn(entry -> entry.getValue() > 1)
                    .as("messages accepted more than once").isEmpty();
            assertThat(platform.calls()).as("server errors and rate limits were answered")
                    .isGreaterThan(MESSAGES);
            assertThat(kit.jdbc.one("select count(*) from outbox where status = 'SENT'", row -> row.getInt(1)))
                    .contains(MESSAGES);
            assertThat(outbox.refusedRenewals()).as("leases lapsed mid-batch and other claims took them over")
                    .isPositive();
        }
    }
}
