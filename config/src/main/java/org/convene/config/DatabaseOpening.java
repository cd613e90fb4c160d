package org.convene.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.convene.core.store.Database;
import org.convene.core.store.DatabaseSettings;

/**
 * The database, opened on a thread of its own from the first moment of the start: the embedded PostgreSQL, the pool
 * and Flyway's check run while Guice builds the injector (mostly loading classes, on the other core), rather than
 * after it. The injector's {@link Database} is the one opened here.
 */
public final class DatabaseOpening {

    private final CompletableFuture<Database> opened = new CompletableFuture<>();
    private volatile Duration took = Duration.ZERO;

    private DatabaseOpening() {
    }

    /** Starts opening the database the settings name (or the embedded one) at once. */
    public static DatabaseOpening begin(Settings settings) {
        DatabaseSettings database = StoreModule.databaseSettings(requireNonNull(settings, "settings"));
        DatabaseOpening opening = new DatabaseOpening();
        Thread.ofPlatform().name("convene-database-open").daemon().start(() -> opening.open(database));
        return opening;
    }

    private void open(DatabaseSettings database) {
        long started = System.nanoTime();
        try {
            Database open = Database.open(database);
            took = Duration.ofNanos(System.nanoTime() - started);
            opened.complete(open);
        } catch (RuntimeException | Error failure) {
            opened.completeExceptionally(failure);
        }
    }

    /** The open database, waiting for it; a failure to open is thrown as it was thrown. */
    public Database await() {
        try {
            return opened.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    /** How long opening took on its own thread; zero until it has opened. */
    public Duration took() {
        return took;
    }

    /** Waits for the opening and closes the database, for a start that failed before anything took it over. */
    public void abandon() {
        try {
            await().close();
        } catch (RuntimeException notOpened) {
            // Nothing was opened, so nothing is left running.
        }
    }
}
