package org.convene.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a pooled data source on the configured server, or on an embedded PostgreSQL started here, with
 * the schema migrated by Flyway. Closing it closes the pool, then stops the embedded server.
 */
public final class Database implements AutoCloseable {

    /** How long a command waits for a connection before it is told the database cannot be reached. */
    public static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);
    /** How long a statement waits on a silent socket (a server host gone without closing it). */
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;

    private Database(EmbeddedPostgres embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
    }

    public static Database open(DatabaseSettings settings) {
        EmbeddedPostgres embedded = settings.url().isPresent() ? null : startEmbedded(settings.dataDirectory());
        try {
            HikariConfig config = new HikariConfig();
            config.setPoolName("convene");
            config.setMaximumPoolSize(settings.poolSize());
            config.setJdbcUrl(settings.url().orElseGet(() -> embedded.getJdbcUrl("postgres", "postgres")));
            config.setUsername(settings.user());
            settings.password().ifPresent(config::setPassword);
            boundWaits(config);
            HikariDataSource pool = new HikariDataSource(config);
            Flyway.configure().dataSource(config.getJdbcUrl(), config.getUsername(), config.getPassword())
                    .locations("classpath:db/migration").load().migrate();
            LOG.info("Database ready ({})", settings.url().map(Database::withoutCredentials).orElse("embedded"));
            return new Database(embedded, pool);
        } catch (RuntimeException failure) {
            closeEmbedded(embedded);
            throw failure;
        }
    }

    /**
     * A command waits at most {@link #CONNECTION_WAIT} for a connection, whether the pool is busy or the server is
     * gone, and a dead socket is given up after {@link #SOCKET_TIMEOUT}. Migrations run on a connection of their own
     * without that bound, since building an index on a large table may take longer. The pool keeps no idle minimum:
     * with one, it would keep trying to open connections all through an outage, each time waiting longer (up to five
     * seconds), and the first command after the server is back could time out before the pool tried again; without
     * one, it tries only while a command waits, starting again at once.
     */
    private static void boundWaits(HikariConfig config) {
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        config.setValidationTimeout(CONNECTION_WAIT.dividedBy(2).toMillis());
        config.addDataSourceProperty("connectTimeout", CONNECTION_WAIT.toSeconds());
        config.addDataSourceProperty("loginTimeout", CONNECTION_WAIT.toSeconds());
        config.addDataSourceProperty("socketTimeout", SOCKET_TIMEOUT.toSeconds());
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        closeEmbedded(embedded);
    }

    private static EmbeddedPostgres startEmbedded(Path dataDirectory) {
        try {
            Path directory = dataDirectory.toAbsolutePath().resolve("postgres");
            Files.createDirectories(directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, failure);
        }
    }

    private static void closeEmbedded(EmbeddedPostgres embedded) {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException failure) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", failure);
        }
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
