package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.convene.core.port.DatabaseUnavailableException;
import org.convene.core.port.Transactions;

/**
 * The one JDBC helper: runs work in a transaction bound to the calling thread, runs statements on that transaction
 * (or on a connection of their own outside one), and turns {@link SQLException} into {@link StoreException}, or into
 * {@link DatabaseUnavailableException} when the database cannot be reached at all.
 */
public final class Jdbc implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    @Inject
    public Jdbc(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Transaction transaction = null;
        try (Connection connection = dataSource.getConnection()) {
            transaction = new Transaction(connection);
            current.set(transaction);
            try {
                connection.setAutoCommit(false);
                T result = work.get();
                if (!transaction.ended) {
                    connection.commit();
                }
                transaction.committed = true;
                return result;
            } catch (RuntimeException | Error failure) {
                rollback(connection, failure);
                throw failure;
            } catch (SQLException failure) {
                rollback(connection, failure);
                throw new StoreException("commit failed", failure);
            } finally {
                current.remove();
            }
        } catch (SQLException failure) {
            throw failed("no connection", failure);
        } finally {
            // Once the connection is back in the pool: an action that reaches the database takes one of its own.
            if (transaction != null) {
                transaction.complete();
            }
        }
    }

    /** Whether the calling thread is inside a transaction of this helper. */
    @Override
    public boolean transactionOpen() {
        return current.get() != null;
    }

    /** Runs {@code action} once the current transaction ends either way, or at once outside a transaction. */
    public void afterCompletion(Runnable action) {
        Transaction transaction = current.get();
        if (transaction == null) {
            action.run();
        } else {
            transaction.afterCompletion.add(action);
        }
    }

    /** Runs {@code action} once the current transaction has committed (never on a rollback), or at once outside one. */
    public void afterCommit(Runnable action) {
        Transaction transaction = current.get();
        if (transaction == null) {
            action.run();
        } else {
            transaction.afterCommit.add(action);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }, sql);
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public int update(String sql, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        }, sql);
    }

    /**
     * Runs several queries, separated by semicolons, in one round trip, each with the mapper at its place; each reads
     * with a snapshot of its own, so a query that follows a locking one sees what the lock's holder committed.
     */
    public List<List<?>> pipelined(String sql, List<RowMapper<?>> mappers, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                List<List<?>> results = new ArrayList<>();
                boolean rows = statement.execute();
                for (RowMapper<?> mapper : mappers) {
                    if (!rows) {
                        throw new SQLException("expected " + mappers.size() + " result sets, got " + results.size());
                    }
                    try (ResultSet result = statement.getResultSet()) {
                        List<Object> mapped = new ArrayList<>();
                        while (result.next()) {
                            mapped.add(mapper.map(result));
                        }
                        results.add(mapped);
                    }
                    rows = statement.getMoreResults();
                }
                return results;
            }
        }, sql);
    }

    /**
     * Runs {@code sql} and the commit of the current transaction in one round trip, so the transaction's locks are
     * released one round trip sooner; it must be the transaction's last statement (a later one is refused). A
     * failure whose outcome is unknown (the connection went with the commit under way) is a {@link StoreException}.
     */
    public int updateAndCommit(String sql, Object... parameters) {
        return andCommit(sql, PreparedStatement::getUpdateCount, parameters);
    }

    /** As {@link #updateAndCommit}, for a statement that returns one row: gives that row, mapped. */
    public <T> T oneAndCommit(String sql, RowMapper<T> mapper, Object... parameters) {
        return andCommit(sql, statement -> {
            try (ResultSet rows = statement.getResultSet()) {
                if (rows == null || !rows.next()) {
                    throw new SQLException("expected one row [" + firstLine(sql) + "]");
                }
                return mapper.map(rows);
            }
        }, parameters);
    }

    private <T> T andCommit(String sql, StatementResult<T> result, Object... parameters) {
        Transaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("no transaction to commit with [" + firstLine(sql) + "]");
        }
        try (PreparedStatement statement = prepare(transaction.connection, sql + ";\ncommit", parameters)) {
            statement.execute();
            T value = result.of(statement);
            transaction.committed = true;
            transaction.ended = true;
            return value;
        } catch (SQLException failure) {
            throw new StoreException("statement or commit failed [" + firstLine(sql) + "]", failure);
        }
    }

    /** What a statement that has run gave. */
    @FunctionalInterface
    private interface StatementResult<T> {
        T of(PreparedStatement statement) throws SQLException;
    }

    /** Runs an insert ending in {@code returning id} and gives the id. */
    public long insert(String sql, Object... parameters) {
        return one(sql, row -> row.getLong(1), parameters)
                .orElseThrow(() -> new IllegalStateException("insert returned no id: " + sql));
    }

    private <T> T withConnection(ConnectionWork<T> work, String sql) {
        Transaction transaction = current.get();
        try {
            if (transaction != null) {
                if (transaction.ended) {
                    throw new IllegalStateException("the transaction has committed [" + firstLine(sql) + "]");
                }
                return work.run(transaction.connection);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException failure) {
            throw failed("statement failed [" + firstLine(sql) + "]", failure);
        }
    }

    /**
     * A database that cannot be reached becomes {@link DatabaseUnavailableException}; any other failure a
     * {@link StoreException}. A failed commit stays a {@link StoreException} even on a lost connection, since the
     * server may have committed before the connection went.
     */
    private static RuntimeException failed(String what, SQLException failure) {
        if (ConnectionFailures.unreachable(failure)) {
            return new DatabaseUnavailableException("the database cannot be reached (" + what + ")", failure);
        }
        return new StoreException(what, failure);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.length; index++) {
            bind(statement, index + 1, parameters[index]);
        }
        return statement;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case Instant instant -> statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            case ZoneId zone -> statement.setString(index, zone.getId());
            case LocalTime time -> statement.setObject(index, time);
            case Enum<?> constant -> statement.setString(index, constant.name());
            case Long[] numbers -> statement.setArray(index, statement.getConnection().createArrayOf("bigint", numbers));
            case String[] texts -> statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
            // PostgreSQL's text cannot hold U+0000, which people can still type or paste: it is dropped.
            case String text when text.indexOf('\u0000') >= 0 -> statement.setString(index, text.replace("\u0000", ""));
            default -> statement.setObject(index, value);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end) + " ...";
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final class Transaction {
        private final Connection connection;
        private final List<Runnable> afterCompletion = new ArrayList<>();
        private final List<Runnable> afterCommit = new ArrayList<>();
        private boolean committed;
        private boolean ended;

        private Transaction(Connection connection) {
            this.connection = connection;
        }

        /** Runs the actions for its end, outside it (the thread is no longer in the transaction). */
        private void complete() {
            afterCompletion.forEach(Runnable::run);
            if (committed) {
                afterCommit.forEach(Runnable::run);
            }
        }
    }
}
