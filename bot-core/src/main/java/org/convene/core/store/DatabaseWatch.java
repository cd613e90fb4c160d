package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.convene.core.port.DatabaseUnavailableException;
import org.slf4j.Logger;

/**
 * Whether a background loop can reach the database, for loops that retry on their own: it logs one line when the
 * database is lost and one when it is back, never one per try, and spaces the tries from one second (by default),
 * doubling, up to thirty seconds. Several loops may share one watch: a try that was already under way when the
 * outage began does not end it. Time comes from the given ticker.
 */
public final class DatabaseWatch {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    public static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final String who;
    private final Logger log;
    private final Ticker ticker;
    private final Duration firstRetry;
    private boolean down;
    private int failedTries;
    private long downSince;
    private long nextTry;

    public DatabaseWatch(String who, Logger log, Ticker ticker) {
        this(who, log, ticker, FIRST_RETRY);
    }

    /** As the standard watch, with the first retry after {@code firstRetry}; still never more than thirty seconds. */
    public DatabaseWatch(String who, Logger log, Ticker ticker, Duration firstRetry) {
        this.who = requireNonNull(who, "who");
        this.log = requireNonNull(log, "log");
        this.ticker = requireNonNull(ticker, "ticker");
        this.firstRetry = requireNonNull(firstRetry, "firstRetry");
    }

    /** Whether to try now: always while the database is reachable, and once each retry delay has passed. */
    public synchronized boolean due() {
        return !down || ticker.read() - nextTry >= 0;
    }

    /** How long until the next try is due; zero while the database is reachable. */
    public synchronized Duration untilNextTry() {
        return down ? Duration.ofNanos(Math.max(0, nextTry - ticker.read())) : Duration.ZERO;
    }

    public synchronized boolean down() {
        return down;
    }

    /** The moment a try starts, for {@link #reached(long)} once it has succeeded. */
    public long tryStarts() {
        return ticker.read();
    }

    /** A try that started just now reached the database: logs that it is back if it was lost. */
    public void reached() {
        reached(tryStarts());
    }

    /**
     * A try that started at {@code startedAt} ({@link #tryStarts()}) reached the database: logs that it is back if it
     * was lost, unless the try started before the outage did, which says nothing of whether the database is back.
     */
    public synchronized void reached(long startedAt) {
        if (down && startedAt - downSince < 0) {
            return;
        }
        if (down) {
            Duration lost = Duration.ofNanos(ticker.read() - downSince);
            log.info("{} reached the database again after {} s and {} failed tries", who, lost.toSeconds(),
                    failedTries);
        }
        down = false;
        failedTries = 0;
    }

    /** A try could not reach the database: logs it once when this starts an outage, and sets the next try. */
    public synchronized void unreachable(Throwable failure) {
        long now = ticker.read();
        failedTries++;
        long delay = firstRetry.toNanos() << Math.min(failedTries - 1, 10);
        nextTry = now + Math.min(delay, LONGEST_RETRY.toNanos());
        if (!down) {
            down = true;
            downSince = now;
            String reason = failure instanceof DatabaseUnavailableException unavailable ? unavailable.reason()
                    : new DatabaseUnavailableException(who, failure).reason();
            log.warn("{} cannot reach the database ({}); trying again, less often, up to every {} s until it is back",
                    who, reason, LONGEST_RETRY.toSeconds(), failure);
        } else {
            log.debug("{} still cannot reach the database (try {})", who, failedTries);
        }
    }
}
