package org.convene.benchmarks.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.SendWindows;
import org.convene.core.testing.SlowPlatform;
import org.convene.core.testing.WindowedOutbox;
import org.convene.core.usecase.Actor;

/**
 * The outbox under a slow platform: the three pools drain due messages through a publisher that answers in 0.5 to
 * 3 s (some calls 45 s) of a shared clock, with server errors and rate limits. Throughput is counted in that clock's
 * seconds, since the platform's time, not the machine's, is what bounds it.
 */
final class SlowPlatformDrain {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration LONGEST_SEND = Duration.ofSeconds(20);

    private SlowPlatformDrain() {
    }

    /** What a slow drain did: messages per platform second, per wall second, repeats and platform calls. */
    record Result(double perPlatformSecond, double perWallSecond, long duplicates, int calls) {
    }

    static Result run(CoreKit kit, int messages) throws Exception {
        Actor admin = kit.admin();
        kit.jdbc.update("""
                insert into outbox (dedupe_key, kind, community_id, member_id, platform, space_id, user_id, detail,
                    due_at, created_at)
                select 'slow:' || n, 'DELIVERY_FAILED', ?, ?, 'CONSOLE', 'library-council', 'ada-admin',
                    'message ' || n, ?, ? from generate_series(1, ?) n""", admin.communityId(), admin.memberId(),
                kit.clock.instant(), kit.clock.instant(), messages);
        SendWindows windows = new SendWindows(kit.clock, Duration.ofSeconds(50));
        SlowPlatform platform = new SlowPlatform(Platform.CONSOLE, windows, 6L);
        WindowedOutbox outbox = new WindowedOutbox(kit.outbox, windows);
        Instant due = kit.clock.instant();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(ConveneOutboxDrain.POOLS
                * ConveneOutboxDrain.THREADS_PER_POOL);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int pool = 0; pool < ConveneOutboxDrain.POOLS; pool++) {
                OutboxWorker worker = new OutboxWorker(outbox, kit.composer, List.of(platform), kit.failures,
                        kit.clock, "pool-" + pool, LEASE, LONGEST_SEND);
                for (int thread = 0; thread < ConveneOutboxDrain.THREADS_PER_POOL; thread++) {
                    workers.add(threads.submit(() -> {
                        while (kit.outbox.pending() > 0) {
                            if (worker.drain() == 0) {
                                windows.advanceBy(Duration.ofSeconds(1));
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } catch (ExecutionException failure) {
            throw new BenchmarkFailure("an outbox worker failed under the slow platform: " + failure.getCause(),
                    failure.getCause());
        } finally {
            threads.shutdownNow();
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        double platformSeconds = Duration.between(due, kit.clock.instant()).toMillis() / 1e3;
        long duplicates = platform.accepted().values().stream().filter(count -> count > 1).count();
        if (platform.accepted().size() != messages || duplicates > 0) {
            throw new BenchmarkFailure("the outbox under a slow platform: " + platform.accepted().size()
                    + " distinct messages of " + messages + ", " + duplicates + " accepted more than once");
        }
        return new Result(messages / platformSeconds, messages / wallSeconds, duplicates, platform.calls());
    }
}
