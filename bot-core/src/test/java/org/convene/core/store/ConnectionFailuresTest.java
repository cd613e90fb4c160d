package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures mean the database cannot be reached, as opposed to a statement it refused. */
class ConnectionFailuresTest {

    @Test
    void connectionStatesShutdownsAndThePoolTimeoutMeanTheDatabaseCannotBeReached() {
        assertThat(ConnectionFailures.unreachable(new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)))
                .isTrue();
        assertThat(ConnectionFailures.unreachable(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE)))
                .isTrue();
        assertThat(ConnectionFailures.unreachable(new SQLException("terminating connection due to administrator "
                + "command", "57P01"))).isTrue();
        assertThat(ConnectionFailures.unreachable(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(ConnectionFailures.unreachable(new SQLTransientConnectionException("request timed out")))
                .isTrue();
        assertThat(ConnectionFailures.unreachable(new IllegalStateException("wrapped",
                new SQLException("shutdown", "57P02")))).isTrue();
    }

    @Test
    void aStatementTheDatabaseRefusedIsNotAnOutage() {
        assertThat(ConnectionFailures.unreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ConnectionFailures.unreachable(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(ConnectionFailures.unreachable(new SQLException("no state"))).isFalse();
    }
}
