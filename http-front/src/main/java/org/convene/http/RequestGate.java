package org.convene.http;

import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Counts the requests in flight so that stopping can let them finish, and turns new ones away once closed. */
final class RequestGate {

    private final Phaser phaser = new Phaser(1);
    private volatile boolean closed;

    /** Lets a request in; false once the gate is closed. */
    boolean enter() {
        return !closed && phaser.register() >= 0;
    }

    /** Marks the end of a request let in by {@link #enter()}. */
    void leave() {
        phaser.arriveAndDeregister();
    }

    /** The number of requests in flight. */
    int inFlight() {
        return Math.max(0, phaser.getRegisteredParties() - (closed ? 0 : 1));
    }

    /**
     * Closes the gate, then waits up to the timeout for the requests in flight to leave.
     *
     * @return true if every request left in time
     */
    boolean closeAndAwait(Duration timeout) throws InterruptedException {
        closed = true;
        int phase = phaser.arriveAndDeregister();
        try {
            phaser.awaitAdvanceInterruptibly(phase, timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
