package org.convene.config;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.config.console.ConsolePublisher;
import org.convene.config.console.ConsoleSession;
import org.convene.config.console.SampleData;
import org.convene.core.command.CommandService;
import org.convene.core.outbox.OutboxRunner;
import org.convene.core.outbox.Publisher;
import org.convene.core.reply.PlainTextRenderer;
import org.convene.core.store.CacheInvalidations;
import org.convene.core.store.Database;
import org.convene.core.store.HotReads;
import org.convene.http.HttpFront;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the resources in order (database, platforms or console) and stops them in reverse, once, whether the console
 * ends or the process is told to stop. Only the console seeds the sample community; a platform run starts empty.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Settings settings;
    private final Database database;
    private final SampleData sampleData;
    private final CommandService commands;
    private final Outbox outbox;
    private final HotReads hotReads;
    private final ConsoleCommunityPage communityPage;
    private final List<AutoCloseable> running = new ArrayList<>();
    private HttpFront front;
    private boolean stopped;

    @Inject
    public Application(Settings settings, Database database, SampleData sampleData, CommandService commands,
                       Outbox outbox, HotReads hotReads, ConsoleCommunityPage communityPage) {
        this.settings = requireNonNull(settings, "settings");
        this.database = requireNonNull(database, "database");
        this.sampleData = requireNonNull(sampleData, "sampleData");
        this.commands = requireNonNull(commands, "commands");
        this.outbox = requireNonNull(outbox, "outbox");
        this.hotReads = requireNonNull(hotReads, "hotReads");
        this.communityPage = requireNonNull(communityPage, "communityPage");
        running.add(database);
    }

    /** Listens for other instances' writes. */
    public void prepare() {
        started(CacheInvalidations.listen(database.dataSource(), hotReads));
    }

    /**
     * Runs the console on the given streams until its input ends, showing the bot's own messages as they go; the
     * platforms' publishers (if any run beside the console) deliver theirs too, also in the background. The console's
     * own community is seeded with the sample library council on its first run.
     */
    public void console(java.io.InputStream in, PrintStream out, boolean interactive, List<Publisher> platforms) {
        if (sampleData.seedIfEmpty()) {
            LOG.info("Seeded the console's sample community");
        }
        listening().ifPresent(address -> {
            out.println("Convene is listening on " + address);
            communityPage.path().ifPresent(path -> out.println("The community's public page: " + address + path));
        });
        PlainTextRenderer renderer = new PlainTextRenderer(settings.zone());
        List<Publisher> publishers = new ArrayList<>(platforms);
        publishers.add(new ConsolePublisher(renderer, out));
        if (!platforms.isEmpty()) {
            deliverInBackground(publishers);
        }
        Runnable deliver = outbox.inline(publishers);
        new ConsoleSession(commands, renderer, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                out, interactive, deliver).run();
    }

    /**
     * Starts the instance's one HTTP server, with every route already mounted, and keeps it to be stopped before the
     * resources started earlier.
     *
     * @throws UncheckedIOException if its address cannot be bound
     */
    public synchronized void serve(HttpFront httpFront) {
        try {
            httpFront.start();
        } catch (IOException failure) {
            throw new UncheckedIOException("the HTTP server could not start", failure);
        }
        front = httpFront;
        started(httpFront);
    }

    /** Where the HTTP server listens, as a local URL (a wildcard host shown as 127.0.0.1); empty before it serves. */
    public synchronized Optional<String> listening() {
        if (front == null) {
            return Optional.empty();
        }
        String host = settings.http().host();
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::");
        return Optional.of("http://" + (wildcard ? "127.0.0.1" : host) + ":" + front.port());
    }

    /** Starts delivering the outbox in the background through the platforms' publishers. */
    public void deliverInBackground(List<Publisher> publishers) {
        OutboxRunner runner = outbox.runner(publishers);
        runner.start();
        started(runner);
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
