package org.convene.core.port;

import java.util.function.Supplier;

/** Runs work in one transaction: all of its writes land, or none do. Nested calls join the outer transaction. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
