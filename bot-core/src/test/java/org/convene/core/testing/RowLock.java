package org.convene.core.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A transaction of its own that holds rows locked ({@code select ... for update}) until released, so that work needing
 * those rows waits for it: a slow database, as a test can time it. Release may come from another thread.
 */
public final class RowLock implements AutoCloseable {

    private final Connection connection;

    private RowLock(Connection connection) {
        this.connection = connection;
    }

    /** Opens a transaction and runs the locking select in it. */
    public static RowLock hold(DataSource dataSource, String selectForUpdate) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute(selectForUpdate);
                return new RowLock(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock rows with " + selectForUpdate, e);
        }
    }

    /** Ends the transaction, letting the waiting work go on. */
    public synchronized void release() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not release the locked rows", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            release();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the locking connection", e);
        }
    }
}
