package org.convene.core.port;

import java.util.function.Supplier;

/** Runs work in one transaction: all of its writes land, or none do. Nested calls join the outer transaction. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** Whether the calling thread is already inside a transaction, which work it starts would join. */
    default boolean transactionOpen() {
        return false;
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
