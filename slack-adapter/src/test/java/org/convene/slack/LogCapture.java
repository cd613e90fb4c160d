package org.convene.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records every event logged anywhere while open: to check that nothing was logged with a stack trace, or to tell
 * what a request cost the log.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** The events logged with an exception attached, as "logger: message" lines. */
    public List<String> withStackTraces() {
        synchronized (appender.list) {
            return appender.list.stream().filter(event -> event.getThrowableProxy() != null)
                    .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).toList();
        }
    }

    /** The formatted messages logged at WARN or above. */
    public List<String> warnings() {
        synchronized (appender.list) {
            return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(
                    ch.qos.logback.classic.Level.WARN)).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** The events logged so far. */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** The events logged at WARN or above, or with a throwable. */
    public List<ILoggingEvent> warningsAndErrors() {
        return events().stream().filter(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)
                || event.getThrowableProxy() != null).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
