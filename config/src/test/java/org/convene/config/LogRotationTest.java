package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The production log configuration rolls convene.log over by size and keeps a fixed number of files. */
class LogRotationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theLogRollsOverBySizeAndNeverTakesMoreThanItsFilesTimesTheirSize() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("CONVENE_DATA_DIR", dataDirectory.toString());
        context.putProperty("CONVENE_LOG_FILE_SIZE", "10KB");
        context.putProperty("CONVENE_LOG_FILES", "3");
        context.putProperty("convene.log.stderr", "OFF");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogRotationTest.class.getClassLoader().getResource("logback.xml"));
        Logger log = context.getLogger("org.convene.config.LogRotationTest");
        String line = "x".repeat(150);
        try {
            for (int index = 0; index < 5_000; index++) {
                log.info("line {} {}", index, line);
            }
        } finally {
            context.stop();
        }

        List<String> names = files().stream().map(file -> file.getFileName().toString()).sorted().toList();
        assertThat(names).containsExactly("convene.1.log", "convene.2.log", "convene.3.log", "convene.log");
        long total = 0;
        for (Path file : files()) {
            total += Files.size(file);
        }
        assertThat(total).isBetween(30_000L, 4 * (10_240L + 300));
        assertThat(Files.readString(dataDirectory.resolve("convene.log"))).contains("line 4999 ");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(dataDirectory)) {
            return listed.toList();
        }
    }
}
