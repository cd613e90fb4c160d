package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RefusalLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(RefusalLog.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T18:00:00Z"));

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void writesOneLinePerIntervalCountingTheRefusalsSinceTheLastLine() {
        RefusalLog log = new RefusalLog("unsigned requests", Duration.ofMinutes(1), clock);

        for (int refusal = 0; refusal < 1_000; refusal++) {
            log.refused();
        }
        clock.advance(Duration.ofSeconds(59));
        log.refused();
        clock.advance(Duration.ofSeconds(1));
        log.refused();

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Refused 1 unsigned requests (at most one such line every 60 s)",
                "Refused 1001 unsigned requests (at most one such line every 60 s)");
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
