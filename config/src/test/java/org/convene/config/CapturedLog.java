package org.convene.config;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Runs Logback with the production configuration, writing into a data directory, and counts every byte the log
 * takes: the files there and what goes to standard error. Closing restores the test configuration.
 */
final class CapturedLog implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Path directory;
    private final PrintStream originalErr = System.err;
    private final AtomicLong consoleBytes = new AtomicLong();

    CapturedLog(Path directory) throws JoranException {
        this.directory = directory;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                consoleBytes.incrementAndGet();
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                consoleBytes.addAndGet(length);
            }
        }, true));
        configure("logback.xml");
    }

    /** The bytes of every log file in the directory plus those written to standard error so far. */
    long bytes() throws IOException {
        long total = consoleBytes.get();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".log")).toList()) {
                total += Files.size(file);
            }
        }
        return total;
    }

    private void configure(String resource) throws JoranException {
        context.reset();
        context.putProperty("CONVENE_DATA_DIR", directory.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(CapturedLog.class.getClassLoader().getResource(resource));
    }

    @Override
    public void close() throws JoranException {
        try {
            configure("logback-test.xml");
        } finally {
            System.setErr(originalErr);
        }
    }
}
