package org.convene.core.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.core.store.Database;
import org.convene.core.store.DatabaseSettings;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM, a migrated template database, and a fresh copy of
 * it for each caller of {@link #fresh()}, so tests never see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final DataSource pool;
    private final AutoCloseable resource;
    private final String url;

    private TestDatabase(DataSource pool, AutoCloseable resource, String url) {
        this.pool = pool;
        this.resource = resource;
        this.url = url;
    }

    /** The bot's own {@link Database} on the server at {@code url}, with its pool settings; closing closes it. */
    public static TestDatabase opened(String url) {
        Database database = Database.open(new DatabaseSettings(Optional.of(url), "postgres", Optional.empty(),
                Path.of("unused"), 10));
        return new TestDatabase(database.dataSource(), database, url);
    }

    /** A new database with the current schema and no rows. */
    public static TestDatabase fresh() {
        return fresh(30);
    }

    public static TestDatabase fresh(int poolSize) {
        EmbeddedPostgres postgres = server();
        String name = "test_" + COUNTER.incrementAndGet();
        execute(postgres.getPostgresDatabase(), "create database " + name + " template convene_template");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", name));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        return new TestDatabase(pool, pool, postgres.getJdbcUrl("postgres", name));
    }

    /** A new database with no schema at all, on the same server, for tests that run the migrations themselves. */
    public static TestDatabase empty() {
        EmbeddedPostgres postgres = server();
        String name = "empty_" + COUNTER.incrementAndGet();
        execute(postgres.getPostgresDatabase(), "create database " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", name));
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        return new TestDatabase(pool, pool, postgres.getJdbcUrl("postgres", name));
    }

    /** The JDBC address of this database, for code that opens its own connections. */
    public String jdbcUrl() {
        return url;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            execute(server.getPostgresDatabase(), "create database convene_template");
            Flyway.configure().dataSource(server.getDatabase("postgres", "convene_template"))
                    .locations("classpath:db/migration").load().migrate();
            execute(server.getPostgresDatabase(),
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'convene_template'");
        }
        return server;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Waits until this database's pool hands out a connection again, after its server came back. */
    public void awaitConnection() {
        awaitConnection(pool);
    }

    /**
     * Waits until {@code pool} hands out a connection again. After an outage HikariCP retries opening connections
     * with a backoff of up to five seconds, so a borrow right after the server is back may still time out. The
     * connections opened before the outage are dropped first, so no later borrow meets one the server closed.
     */
    public static void awaitConnection(DataSource pool) {
        if (pool instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        SQLException last = null;
        while (System.nanoTime() - deadline < 0) {
            try (Connection connection = pool.getConnection()) {
                return;
            } catch (SQLException timedOut) {
                last = timedOut;
            }
        }
        throw new IllegalStateException("the pool did not reconnect", last);
    }

    /** Every row of every table, in a stable order: compare two snapshots to show that nothing changed. */
    public String snapshot() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_name <> 'flyway_schema_history' order by table_name""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            StringBuilder snapshot = new StringBuilder();
            for (String table : tables) {
                snapshot.append("== ").append(table).append('\n');
                try (ResultSet rows = statement.executeQuery(
                        "select t::text from " + table + " t order by t::text")) {
                    while (rows.next()) {
                        snapshot.append(rows.getString(1)).append('\n');
                    }
                }
            }
            return snapshot.toString();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception failure) {
            throw new IllegalStateException("the test database did not close", failure);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }
}
