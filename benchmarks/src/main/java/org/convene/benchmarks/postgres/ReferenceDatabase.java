package org.convene.benchmarks.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.convene.benchmarks.BenchmarkFailure;

/** Creates a separate, empty database for a reference on the same server as Convene's database. */
public final class ReferenceDatabase {

    private ReferenceDatabase() {
    }

    /** Creates {@code name} (dropping an old one) next to the database at {@code address}; returns its address. */
    public static PostgresAddress create(PostgresAddress address, String name) {
        execute(address, "drop database if exists " + name, "create database " + name);
        return address.withDatabase(name);
    }

    /** Runs statements, each on its own, in the database at {@code address}. */
    public static void execute(PostgresAddress address, String... statements) {
        try (Connection connection = DriverManager.getConnection(address.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new BenchmarkFailure("the reference database at " + address + " refused: " + failure.getMessage(),
                    failure);
        }
    }
}
