package org.convene.benchmarks.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.convene.benchmarks.BenchmarkFailure;

/** The operating-system process of the PostgreSQL server behind a pool: the parent of one of its backends. */
public final class PostgresProcess {

    private PostgresProcess() {
    }

    /** The server's main process, whose descendants are its backends and helpers. */
    public static ProcessHandle of(DataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            long backend = row.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow(() ->
                    new BenchmarkFailure("the PostgreSQL backend " + backend + " has no visible parent process"));
        } catch (SQLException failure) {
            throw new BenchmarkFailure("could not ask PostgreSQL for its backend's process", failure);
        }
    }
}
