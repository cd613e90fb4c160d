package org.convene.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;

/**
 * Quiets the log on standard error to warnings, for runs whose standard error a person reads (the console,
 * {@code check}); the log file keeps everything. Works whether or not the logging has started yet, since a library
 * may start it while the settings are read (ical4j's time-zone provider logs as {@code java.time} loads it).
 */
final class StandardErrorLog {

    static final String PROPERTY = "convene.log.stderr";

    private StandardErrorLog() {
    }

    static void warningsOnly() {
        System.setProperty(PROPERTY, "WARN");
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Appender<ILoggingEvent> stderr = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("stderr");
            if (stderr != null) {
                ThresholdFilter warnings = new ThresholdFilter();
                warnings.setLevel("WARN");
                warnings.start();
                stderr.clearAllFilters();
                stderr.addFilter(warnings);
            }
        }
    }
}
