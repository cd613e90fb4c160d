package org.convene.config.console;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Shows a log event's exception on the console as a few words on the same line (its type, and that the trace is in
 * the log file) instead of a stack trace, so that every warning on the console is one line; the log file keeps the
 * whole trace. Named in {@code logback.xml} as {@code %oneLineException}.
 */
public final class OneLineThrowableConverter extends ThrowableHandlingConverter {

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        String type = thrown.getClassName();
        return " [" + type.substring(type.lastIndexOf('.') + 1) + "; the trace is in the log file]";
    }
}
