package org.convene.core.port;

/**
 * The store could not reach its database (the server is stopped, restarting, or did not answer in time). Whatever
 * the work was, its transaction did not commit, so nothing was changed; the same work can simply be tried again later.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first line of the deepest cause's message: why the database could not be reached, for a one-line log. */
    public String reason() {
        Throwable deepest = this;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
