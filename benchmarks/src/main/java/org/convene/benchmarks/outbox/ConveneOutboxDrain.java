package org.convene.benchmarks.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;
import org.convene.core.testing.CoreKit;

/** Convene's side of item 6: due messages in the outbox, drained by three worker pools of two threads each. */
final class ConveneOutboxDrain {

    static final int POOLS = 3;
    static final int THREADS_PER_POOL = 2;

    private ConveneOutboxDrain() {
    }

    static DrainRecord run(CoreKit kit, int messages) throws Exception {
        kit.messagesToAdmin("bulk:", messages);
        DrainRecord record = new DrainRecord(messages);
        Publisher publisher = new Publisher() {
            @Override
            public Platform platform() {
                return Platform.CONSOLE;
            }

            @Override
            public Delivery.Result publish(Delivery delivery) {
                record.ran(delivery.key());
                return new Delivery.Sent("sent");
            }
        };
        Instant due = Instant.now().truncatedTo(ChronoUnit.MICROS);
        kit.jdbc.update("update outbox set due_at = ? where dedupe_key like 'bulk:%'",
                java.sql.Timestamp.from(due));
        kit.clock.set(due);
        record.markDue();
        ExecutorService threads = Executors.newFixedThreadPool(POOLS * THREADS_PER_POOL);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int pool = 0; pool < POOLS; pool++) {
                String owner = "pool-" + pool;
                for (int thread = 0; thread < THREADS_PER_POOL; thread++) {
                    workers.add(threads.submit(() -> kit.worker(owner, publisher).drain()));
                }
            }
            for (Future<Integer> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } catch (ExecutionException failure) {
            throw new BenchmarkFailure("an outbox worker failed: " + failure.getCause(), failure.getCause());
        } finally {
            threads.shutdownNow();
        }
        record.awaitAll("the outbox", 1);
        record.checkExactlyOnce("the outbox");
        if (kit.outbox.pending() != 0) {
            throw new BenchmarkFailure("the outbox still holds " + kit.outbox.pending() + " pending messages");
        }
        return record;
    }
}
