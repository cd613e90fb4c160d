package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts refused requests and writes at most one short line per interval saying how many there were, so that a
 * flood of strangers' requests costs the log a few dozen bytes a minute and never what they sent.
 */
public final class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private final String what;
    private final Duration interval;
    private final Clock clock;
    private long unreported;
    private Instant nextLine = Instant.MIN;

    /**
     * @param what what was refused, as a plural noun phrase such as "unsigned Slack requests"
     * @param interval the least time between two lines
     * @param clock the time source
     */
    public RefusalLog(String what, Duration interval, Clock clock) {
        this.what = requireNonNull(what, "what");
        this.interval = requireNonNull(interval, "interval");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Counts one refusal, and writes the line if the interval since the last one has passed. */
    public void refused() {
        long count;
        synchronized (this) {
            unreported++;
            Instant now = clock.instant();
            if (now.isBefore(nextLine)) {
                return;
            }
            count = unreported;
            unreported = 0;
            nextLine = now.plus(interval);
        }
        log.warn("Refused {} {} (at most one such line every {} s)", count, what, interval.toSeconds());
    }
}
