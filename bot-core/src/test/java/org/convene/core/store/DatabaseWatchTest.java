package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.convene.core.port.DatabaseUnavailableException;
import org.convene.core.testing.LogCapture;
import org.convene.core.testing.ManualTicker;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Backoff and the log of a background loop's tries, with time moved by hand. */
class DatabaseWatchTest {

    private final ManualTicker ticker = new ManualTicker();
    private final DatabaseWatch watch = new DatabaseWatch("The loop", LoggerFactory.getLogger("convene.test.watch"),
            ticker);

    private static DatabaseUnavailableException refused() {
        return new DatabaseUnavailableException("the database cannot be reached (no connection)",
                new SQLTransientConnectionException("convene - Connection is not available",
                        new ConnectException("Connection refused")));
    }

    @Test
    void triesWaitOneSecondThenTwiceAsLongEachTimeUpToThirtySeconds() {
        assertThat(watch.due()).isTrue();
        Duration[] waits = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
            Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30)};
        for (Duration wait : waits) {
            watch.unreachable(refused());
            assertThat(watch.untilNextTry()).isEqualTo(wait);
            ticker.advance(wait.minusMillis(1));
            assertThat(watch.due()).isFalse();
            ticker.advance(Duration.ofMillis(1));
            assertThat(watch.due()).isTrue();
        }
        watch.reached();
        assertThat(watch.untilNextTry()).isEqualTo(Duration.ZERO);
        watch.unreachable(refused());
        assertThat(watch.untilNextTry()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anOutageIsLoggedOnceWhenItStartsAndOnceWhenItEndsWhateverTheTries() {
        try (LogCapture log = LogCapture.of("convene.test.watch")) {
            watch.reached();
            for (int tries = 0; tries < 5; tries++) {
                watch.unreachable(refused());
                ticker.advance(Duration.ofSeconds(10));
            }
            watch.reached();
            watch.reached();

            assertThat(log.lines()).containsExactly(
                    "WARN The loop cannot reach the database (Connection refused); trying again, less often, up to "
                            + "every 30 s until it is back",
                    "INFO The loop reached the database again after 50 s and 5 failed tries");
        }
    }

    @Test
    void aTryAlreadyUnderWayWhenTheOutageBeganDoesNotEndIt() {
        try (LogCapture log = LogCapture.of("convene.test.watch")) {
            long workerStarted = watch.tryStarts();
            ticker.advance(Duration.ofMillis(200));
            watch.unreachable(refused());
            ticker.advance(Duration.ofMillis(100));

            watch.reached(workerStarted);

            assertThat(watch.down()).isTrue();
            assertThat(watch.due()).as("the next try still waits for its delay").isFalse();
            ticker.advance(Duration.ofSeconds(1));
            watch.reached(watch.tryStarts());
            assertThat(watch.down()).isFalse();
            assertThat(log.lines()).containsExactly(
                    "WARN The loop cannot reach the database (Connection refused); trying again, less often, up to "
                            + "every 30 s until it is back",
                    "INFO The loop reached the database again after 1 s and 1 failed tries");
        }
    }
}
