package org.convene.core.command;

import java.util.UUID;
import java.util.function.Supplier;
import org.convene.core.domain.Refusal;
import org.convene.core.port.DatabaseUnavailableException;
import org.convene.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every command ends up, whatever happens: a refusal becomes its own message, anything unexpected is logged
 * with an id and answered with a short apology carrying that id, and a database that cannot be reached is answered
 * as such: nothing was changed, try again. Never a stack trace in a reply.
 */
public final class ErrorBoundary {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorBoundary.class);

    private ErrorBoundary() {
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Reply guard(String what, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (Refusal refusal) {
            return Reply.failure(refusal.getMessage());
        } catch (DatabaseUnavailableException unavailable) {
            return Reply.failure(unreachable(logUnavailable(what, unavailable)));
        } catch (RuntimeException | LinkageError failure) {
            String id = newId();
            LOG.error("Failed to run {} (error id {})", what, id, failure);
            return Reply.failure(apology(id));
        }
    }

    /**
     * Logs, as one warning with an id, that {@code what} failed because the database could not be reached; gives the
     * id. The trace goes with it for the log file; the console shows the line alone.
     */
    public static String logUnavailable(String what, DatabaseUnavailableException unavailable) {
        String id = newId();
        LOG.warn("Could not run {}: the database cannot be reached ({}) (error id {})", what, unavailable.reason(), id,
                unavailable);
        return id;
    }

    /** The answer when the database cannot be reached: nothing was changed, and trying again later will work. */
    public static String unreachable(String id) {
        return "Convene can't reach its database right now, so nothing was changed. Try again in a minute "
                + "(error id " + id + ").";
    }

    public static String apology(String id) {
        return "Sorry, something went wrong on our side (error id " + id + "). Nothing was lost; please try again, "
                + "and if it keeps happening tell an admin that id.";
    }
}
