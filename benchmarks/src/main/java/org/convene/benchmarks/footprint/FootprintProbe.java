package org.convene.benchmarks.footprint;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.List;
import java.util.Map;
import org.convene.benchmarks.data.SyntheticData;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.config.CoreModule;
import org.convene.config.DatabaseOpening;
import org.convene.config.Settings;
import org.convene.config.SettingsLoader;
import org.convene.core.command.CommandService;
import org.convene.core.store.Database;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EnterSpaceUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.RsvpUseCase;

/**
 * Run in a JVM of its own by {@link FootprintBenchmark}: wires the core with the bot's own Guice modules over the
 * embedded database in the given data directory (as {@code CONVENE_DATA_DIR}), serves some requests, and prints
 * {@code key=value} lines: start-to-ready times and their phases (JVM start to main, settings and the injector, the
 * wait for the database after the injector, then the use cases; and the database's own opening, embedded PostgreSQL
 * start, pool and Flyway's check, which runs beside the injector), heap used after a full GC, and resident memory.
 */
public final class FootprintProbe {

    private FootprintProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        long mainStarted = System.nanoTime();
        long jvmStartedMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path dataDirectory = Path.of(arguments[0]);
        int groups = Integer.parseInt(arguments[1]);
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()));
        // As Main does: the database opens on its own thread while Guice builds the injector.
        DatabaseOpening opening = DatabaseOpening.begin(settings);
        Injector injector = Guice.createInjector(new CoreModule(settings, opening));
        long injectorNanos = System.nanoTime();
        try (Database database = injector.getInstance(Database.class)) {
            long databaseNanos = System.nanoTime();
            injector.getInstance(CommandService.class);
            EnterSpaceUseCase enterSpace = injector.getInstance(EnterSpaceUseCase.class);
            ListEventsUseCase listEvents = injector.getInstance(ListEventsUseCase.class);
            RsvpUseCase rsvp = injector.getInstance(RsvpUseCase.class);
            long readyNanos = System.nanoTime();
            long readyMillis = System.currentTimeMillis();
            System.out.println("ready_since_main_ms=" + (readyNanos - mainStarted) / 1_000_000.0);
            System.out.println("ready_since_jvm_start_ms=" + (readyMillis - jvmStartedMillis));
            System.out.println("jvm_to_main_ms=" + (readyMillis - jvmStartedMillis
                    - (readyNanos - mainStarted) / 1_000_000));
            System.out.println("settings_and_injector_ms=" + (injectorNanos - mainStarted) / 1_000_000.0);
            System.out.println("database_ms=" + (databaseNanos - injectorNanos) / 1_000_000.0);
            System.out.println("database_open_ms=" + opening.took().toNanos() / 1_000_000.0);
            System.out.println("use_cases_ms=" + (readyNanos - databaseNanos) / 1_000_000.0);
            Actor actor = enterSpace.enter(new EnterSpaceUseCase.Input(new SpaceRef(Platform.CONSOLE,
                    SyntheticData.SPACE), SyntheticData.SPACE, new Identity(Platform.CONSOLE,
                    "probe-" + System.nanoTime()), "Probe",
                    false));
            int answered = 0;
            for (int group = 0; group < Math.min(groups, 200); group++) {
                List<org.convene.core.usecase.EventDetails> events = listEvents.list(actor,
                        new ListEventsUseCase.Input("bench-" + group, 1)).events();
                if (!events.isEmpty() && group % 4 == 0) {
                    rsvp.rsvp(actor, new RsvpUseCase.Input(events.getFirst().event().id(), Answer.GOING, 0));
                    answered++;
                }
            }
            System.out.println("answered=" + answered);
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("heap_after_gc_bytes=" + heap);
            System.out.println("rss_kilobytes=" + residentKilobytes());
        }
    }

    private static long residentKilobytes() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
