package org.convene.config;

import java.net.BindException;
import java.util.Optional;

/**
 * Turns a failure to listen on the configured HTTP address into one line an operator can act on: which port or host
 * could not be taken and which setting to change, instead of a stack trace.
 */
final class UnboundAddress {

    private UnboundAddress() {
    }

    /** The line to print if {@code failure} was caused by an address that could not be bound; empty otherwise. */
    static Optional<String> explain(Throwable failure, Settings.HttpSection http) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return Optional.of(message(bind, http));
            }
        }
        return Optional.empty();
    }

    private static String message(BindException bind, Settings.HttpSection http) {
        String reason = bind.getMessage() == null ? "" : bind.getMessage();
        if (reason.contains("in use")) {
            return "Port " + http.port() + " is in use; set CONVENE_HTTP_PORT to a free port.";
        }
        return "Cannot listen on " + http.host() + ":" + http.port() + " (" + reason
                + "); set CONVENE_HTTP_HOST to an address of this machine and CONVENE_HTTP_PORT to a free port.";
    }
}
