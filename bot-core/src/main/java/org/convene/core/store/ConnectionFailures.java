package org.convene.core.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached from one that refused a statement: SQLState class 08 (connection
 * exception), 57P01 to 57P03 (the server is shutting down or not yet accepting connections), and the pool's timeout
 * when no connection could be had in time. The causes and chained exceptions are looked at too.
 */
final class ConnectionFailures {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int DEPTH = 10;

    private ConnectionFailures() {
    }

    static boolean unreachable(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < DEPTH; depth++) {
            if (current instanceof SQLTransientConnectionException) {
                return true;
            }
            if (current instanceof SQLException sql) {
                if (unreachableState(sql.getSQLState())) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && unreachableState(next.getSQLState())) {
                    return true;
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean unreachableState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
