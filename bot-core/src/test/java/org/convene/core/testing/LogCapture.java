package org.convene.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * The lines one logger writes while a test runs (its level set to DEBUG meanwhile), and a wait for the next line that
 * matches.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final List<ILoggingEvent> lines = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<ILoggingEvent> unread = new LinkedBlockingQueue<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.levelBefore = logger.getLevel();
    }

    public static LogCapture of(String loggerName) {
        LogCapture capture = new LogCapture((Logger) LoggerFactory.getLogger(loggerName));
        capture.setContext(capture.logger.getLoggerContext());
        capture.start();
        capture.logger.setLevel(Level.DEBUG);
        capture.logger.addAppender(capture);
        return capture;
    }

    public static LogCapture of(Class<?> type) {
        return of(type.getName());
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(event);
        unread.add(event);
    }

    /** Every line so far at INFO or above, as level and formatted message. */
    public List<String> lines() {
        return lines.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO)).map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
    }

    /** Waits for the next line (not read before) whose level and message match; fails after {@code timeout}. */
    public String await(Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ILoggingEvent event = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no matching log line within " + timeout + "; lines: " + lines());
            }
            String line = event.getLevel() + " " + event.getFormattedMessage();
            if (matching.test(line)) {
                return line;
            }
        }
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        logger.setLevel(levelBefore);
        stop();
    }
}
