package org.convene.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, which the test stops and starts again on the same data directory and port
 * (a restart takes about a tenth of a second), to show what the bot does while its database is gone.
 */
public final class StoppablePostgres implements AutoCloseable {

    private final Path directory;
    private final int port;
    private EmbeddedPostgres server;

    private StoppablePostgres(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
        this.port = server.getPort();
    }

    public static StoppablePostgres start() {
        try {
            Path directory = Files.createTempDirectory("convene-stoppable-postgres");
            return new StoppablePostgres(directory, builder(directory).start());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The address of its {@code postgres} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Stops the server as an operator would (a fast shutdown: sessions are ended, connections refused). */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } finally {
            server = null;
        }
    }

    /**
     * Starts the server again on the same files and port, and returns once it answers a query: the embedded server's
     * start can return while new sessions are still refused as "starting up".
     */
    public synchronized void restart() {
        if (server != null) {
            return;
        }
        try {
            server = builder(directory).setPort(port).start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        awaitAnswer(Duration.ofSeconds(30));
    }

    private void awaitAnswer(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() - deadline < 0) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", null);
                 Statement statement = connection.createStatement()) {
                statement.execute("select 1");
                return;
            } catch (SQLException refused) {
                last = refused;
            }
        }
        throw new IllegalStateException("the restarted server did not answer within " + timeout, last);
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory) {
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
    }
}
