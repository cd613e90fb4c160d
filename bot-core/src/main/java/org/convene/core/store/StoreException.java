package org.convene.core.store;

import java.sql.SQLException;

/** A database failure that the caller cannot fix by changing its input. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    public String sqlState() {
        return getCause() instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
