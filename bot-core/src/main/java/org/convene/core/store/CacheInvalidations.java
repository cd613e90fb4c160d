package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Ticker;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries cache invalidations between instances through PostgreSQL: a write here sends a {@code NOTIFY} that is
 * delivered when its transaction commits, and every instance listening clears its {@link HotReads} (only the caches
 * of what pages show, when the notification says only events or answers changed; the members and those, when only
 * members changed). A lost
 * connection is reopened with backoff, logged once when lost and once when back through a {@link DatabaseWatch}, and
 * the caches are cleared then too, since notifications may have been missed.
 */
public final class CacheInvalidations implements AutoCloseable {

    public static final String CHANNEL = "convene_hot_reads";
    /** The payload of a notification that only events or answers changed. */
    static final String CONTENT = "content";
    /** The payload of a notification that only members or their identities changed. */
    static final String MEMBERS = "members";
    private static final Logger LOG = LoggerFactory.getLogger(CacheInvalidations.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final HotReads cache;
    private final Runnable onInvalidation;
    private final DatabaseWatch watch;
    private final Thread listener;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean running = true;

    private CacheInvalidations(DataSource dataSource, HotReads cache, Runnable onInvalidation, DatabaseWatch watch) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.cache = requireNonNull(cache, "cache");
        this.onInvalidation = requireNonNull(onInvalidation, "onInvalidation");
        this.watch = requireNonNull(watch, "watch");
        this.listener = Thread.ofPlatform().name("convene-cache-invalidations").daemon().unstarted(this::listen);
    }

    /** Starts listening; the caches of this instance are cleared whenever any instance writes. */
    public static CacheInvalidations listen(DataSource dataSource, HotReads cache) {
        return listen(dataSource, cache, () -> { });
    }

    /** As {@link #listen(DataSource, HotReads)}, running {@code onInvalidation} after each notification is applied. */
    public static CacheInvalidations listen(DataSource dataSource, HotReads cache, Runnable onInvalidation) {
        return listen(dataSource, cache, onInvalidation,
                new DatabaseWatch("The cache invalidation listener", LOG, Ticker.systemTicker()));
    }

    /** As {@link #listen(DataSource, HotReads, Runnable)}, telling {@code watch} of each try to reach the database. */
    public static CacheInvalidations listen(DataSource dataSource, HotReads cache, Runnable onInvalidation,
                                            DatabaseWatch watch) {
        CacheInvalidations invalidations = new CacheInvalidations(dataSource, cache, onInvalidation, watch);
        invalidations.listener.start();
        return invalidations;
    }

    /** Waits until the listener has subscribed; true if it did within {@code timeout}. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells every instance, once the current transaction commits, to clear its caches. */
    static void announce(Jdbc jdbc) {
        sendToAll(jdbc, "");
    }

    /** Tells every instance, once the current transaction commits, to clear its cached members (and pages). */
    static void announceMembers(Jdbc jdbc) {
        sendToAll(jdbc, MEMBERS);
    }

    /** Sends {@code payload} to every listening instance, delivered when the current transaction (if any) commits. */
    private static void sendToAll(Jdbc jdbc, String payload) {
        jdbc.one("select pg_notify(?, ?)", row -> true, CHANNEL, payload);
    }

    /**
     * Tells every instance at once that events or answers changed, so they clear the caches of what pages show. A
     * failure is logged and dropped: those entries expire on their own, and a listener that lost its connection
     * clears everything when it is back.
     */
    static void announceContent(Jdbc jdbc) {
        try {
            sendToAll(jdbc, CONTENT);
        } catch (RuntimeException failure) {
            LOG.warn("Could not tell the other instances that events or answers changed; their page caches catch "
                    + "up as their entries expire: {}", failure.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                watch.reached();
                cache.invalidateAll();
                listening.countDown();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        Set<String> kinds = Arrays.stream(notifications).map(PGNotification::getParameter)
                                .collect(Collectors.toSet());
                        if (Set.of(CONTENT).containsAll(kinds)) {
                            cache.clearContent();
                        } else if (Set.of(CONTENT, MEMBERS).containsAll(kinds)) {
                            cache.clearMembers();
                        } else {
                            cache.invalidateAll();
                        }
                        onInvalidation.run();
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                if (running) {
                    watch.unreachable(failure);
                    cache.invalidateAll();
                    awaitNextTry();
                }
            }
        }
    }

    private void awaitNextTry() {
        try {
            closed.await(watch.untilNextTry().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        closed.countDown();
        listener.join(POLL.multipliedBy(4).toMillis());
    }
}
