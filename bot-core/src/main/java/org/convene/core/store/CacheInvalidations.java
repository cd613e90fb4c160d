package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries cache invalidations between instances through PostgreSQL: a write here sends a {@code NOTIFY} that is
 * delivered when its transaction commits, and every instance listening clears its {@link HotReads}. A lost
 * connection is reopened, and the caches are cleared then too, since notifications may have been missed.
 */
public final class CacheInvalidations implements AutoCloseable {

    public static final String CHANNEL = "convene_hot_reads";
    private static final Logger LOG = LoggerFactory.getLogger(CacheInvalidations.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final HotReads cache;
    private final Runnable onInvalidation;
    private final Thread listener;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;

    private CacheInvalidations(DataSource dataSource, HotReads cache, Runnable onInvalidation) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.cache = requireNonNull(cache, "cache");
        this.onInvalidation = requireNonNull(onInvalidation, "onInvalidation");
        this.listener = Thread.ofPlatform().name("convene-cache-invalidations").daemon().unstarted(this::listen);
    }

    /** Starts listening; the caches of this instance are cleared whenever any instance writes. */
    public static CacheInvalidations listen(DataSource dataSource, HotReads cache) {
        return listen(dataSource, cache, () -> { });
    }

    /** As {@link #listen(DataSource, HotReads)}, running {@code onInvalidation} after each notification is applied. */
    public static CacheInvalidations listen(DataSource dataSource, HotReads cache, Runnable onInvalidation) {
        CacheInvalidations invalidations = new CacheInvalidations(dataSource, cache, onInvalidation);
        invalidations.listener.start();
        return invalidations;
    }

    /** Waits until the listener has subscribed; true if it did within {@code timeout}. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells every instance, once the current transaction commits, to clear its caches. */
    static void announce(Jdbc jdbc) {
        jdbc.one("select pg_notify(?, '')", row -> true, CHANNEL);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                cache.invalidateAll();
                listening.countDown();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        cache.invalidateAll();
                        onInvalidation.run();
                    }
                }
            } catch (SQLException failure) {
                if (running) {
                    LOG.warn("Lost the cache invalidation listener's connection; reconnecting", failure);
                    cache.invalidateAll();
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        listener.join(POLL.multipliedBy(4).toMillis());
    }
}
