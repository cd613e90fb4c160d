package org.convene.slack;

import static java.util.Objects.requireNonNull;

import org.slf4j.Logger;

/**
 * Runs the steps of a shutdown one after another, so that one that fails is logged (by the kind of failure only,
 * which never carries a token) and the steps after it still run.
 */
final class Closing {

    /** One step of a shutdown, which may throw anything. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private final Logger log;

    Closing(Logger log) {
        this.log = requireNonNull(log, "log");
    }

    void step(String what, Step step) {
        try {
            step.run();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            log.warn("Stopping {} was interrupted", what);
        } catch (Exception | LinkageError failure) {
            log.warn("Stopping {} failed: {}", what, failure.getClass().getSimpleName());
        }
    }
}
