package org.convene.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records every log event while open, to check that nothing was logged with a stack trace. */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** The events logged with an exception attached, as "logger: message" lines. */
    List<String> withStackTraces() {
        synchronized (appender.list) {
            return appender.list.stream().filter(event -> event.getThrowableProxy() != null)
                    .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).toList();
        }
    }

    /** The formatted messages logged at WARN or above. */
    List<String> warnings() {
        synchronized (appender.list) {
            return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(
                    ch.qos.logback.classic.Level.WARN)).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
