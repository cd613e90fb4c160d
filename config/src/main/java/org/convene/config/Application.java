package org.convene.config;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convene.config.console.ConsoleSession;
import org.convene.config.console.SampleData;
import org.convene.core.command.CommandService;
import org.convene.core.reply.PlainTextRenderer;
import org.convene.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the resources in order (database, sample data, platforms or console) and stops them in reverse, once,
 * whether the console ends or the process is told to stop.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Settings settings;
    private final Database database;
    private final SampleData sampleData;
    private final CommandService commands;
    private final List<AutoCloseable> running = new ArrayList<>();
    private boolean stopped;

    @Inject
    public Application(Settings settings, Database database, SampleData sampleData, CommandService commands) {
        this.settings = requireNonNull(settings, "settings");
        this.database = requireNonNull(database, "database");
        this.sampleData = requireNonNull(sampleData, "sampleData");
        this.commands = requireNonNull(commands, "commands");
        running.add(database);
    }

    /** Seeds the sample community on a first run. */
    public void prepare() {
        if (sampleData.seedIfEmpty()) {
            LOG.info("Seeded the sample community");
        }
    }

    /** Runs the console on the given streams until its input ends. */
    public void console(java.io.InputStream in, PrintStream out, boolean interactive) {
        new ConsoleSession(commands, new PlainTextRenderer(settings.zone()),
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, interactive).run();
    }

    /** Keeps {@code resource} to be closed, before the ones already running, when the application stops. */
    public synchronized void started(AutoCloseable resource) {
        running.addFirst(resource);
    }

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (AutoCloseable resource : running) {
            try {
                resource.close();
            } catch (Exception failure) {
                LOG.warn("{} did not stop cleanly", resource.getClass().getSimpleName(), failure);
            }
        }
        LOG.info("Stopped");
    }
}
