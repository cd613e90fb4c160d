package org.convene.config;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.convene.config.check.SettingsCheck;
import org.convene.core.outbox.Publisher;

/**
 * Convene's entry point: reads the settings, builds the one injector, starts what is configured (Discord, Slack, or
 * the console when no platform is set or {@code console} is given) and stops everything cleanly on SIGINT or SIGTERM.
 * {@code check} instead prints the settings and tries each against the world, and exits 0 only if all passed. An HTTP
 * address that cannot be taken (a port in use) ends the run with one line naming the setting to change, and exit
 * code 1.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        Settings settings;
        try {
            settings = SettingsLoader.load(System.getenv());
        } catch (SettingsException invalid) {
            System.err.println("convene: " + invalid.getMessage());
            System.exit(2);
            return;
        }
        if (arguments.length > 0 && arguments[0].equals("check")) {
            StandardErrorLog.warningsOnly();
            System.exit(new SettingsCheck(settings).run(System.out));
            return;
        }
        boolean console = List.of(arguments).contains("console") || !settings.anyPlatform();
        if (console) {
            StandardErrorLog.warningsOnly();
        }
        // The database opens on its own thread while Guice builds the injector on this one.
        DatabaseOpening database = DatabaseOpening.begin(settings);
        Injector injector;
        Application application;
        try {
            injector = Guice.createInjector(new CoreModule(settings, database));
            application = injector.getInstance(Application.class);
        } catch (RuntimeException failure) {
            database.abandon();
            throw failure;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.stop();
            stopped.countDown();
        }, "convene-shutdown"));
        application.prepare();
        List<Publisher> publishers;
        try {
            publishers = Platforms.start(injector, settings, application);
        } catch (UncheckedIOException failure) {
            Optional<String> unbound = UnboundAddress.explain(failure, settings.http());
            if (unbound.isEmpty()) {
                throw failure;
            }
            System.err.println("convene: " + unbound.get());
            System.exit(1);
            return;
        }
        if (console) {
            application.console(System.in, System.out, System.console() != null, publishers);
            application.stop();
            System.exit(0);
        }
        application.deliverInBackground(publishers);
        stopped.await();
    }
}
