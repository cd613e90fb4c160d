package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convene.core.port.DatabaseUnavailableException;
import org.convene.core.store.DatabaseWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox in the background: every interval the planner writes what time has brought, and each worker
 * delivers what is due. Whatever a round throws is logged and the next round runs as usual. While the database
 * cannot be reached it backs off and logs only when it loses the database and when it is back. The executor is
 * injected, so tests drive the planner and workers by hand instead.
 */
public final class OutboxRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRunner.class);

    private final TimedMessagePlanner planner;
    private final List<OutboxWorker> workers;
    private final ScheduledExecutorService executor;
    private final Duration interval;
    private final DatabaseWatch database;

    public OutboxRunner(TimedMessagePlanner planner, List<OutboxWorker> workers, ScheduledExecutorService executor,
                        Duration interval) {
        this(planner, workers, executor, interval, new DatabaseWatch("The outbox", LOG, Ticker.systemTicker()));
    }

    /** As the standard runner; while the database cannot be reached, tries only as often as {@code database} says. */
    public OutboxRunner(TimedMessagePlanner planner, List<OutboxWorker> workers, ScheduledExecutorService executor,
                        Duration interval, DatabaseWatch database) {
        this.planner = requireNonNull(planner, "planner");
        this.workers = List.copyOf(workers);
        this.executor = requireNonNull(executor, "executor");
        this.interval = requireNonNull(interval, "interval");
        this.database = requireNonNull(database, "database");
    }

    public void start() {
        executor.scheduleWithFixedDelay(() -> guarded("planning", planner::plan), 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
        for (OutboxWorker worker : workers) {
            executor.scheduleWithFixedDelay(() -> guarded("delivering", worker::drain), 0, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    /**
     * Runs one round, logging anything it throws: an {@link Error} or a checked exception escaping the scheduled
     * task would cancel it for good, silently.
     */
    private void guarded(String what, Runnable work) {
        if (!database.due()) {
            return;
        }
        long started = database.tryStarts();
        try {
            work.run();
            database.reached(started);
        } catch (DatabaseUnavailableException unavailable) {
            database.unreachable(unavailable);
        } catch (Throwable failure) {
            LOG.error("The outbox failed while {}; it will try again", what, failure);
        }
    }
}
