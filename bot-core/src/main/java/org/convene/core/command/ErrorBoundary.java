package org.convene.core.command;

import java.util.UUID;
import java.util.function.Supplier;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every command ends up, whatever happens: a refusal becomes its own message, anything unexpected is logged
 * with an id and answered with a short apology carrying that id. Never a stack trace in a reply.
 */
public final class ErrorBoundary {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorBoundary.class);

    private ErrorBoundary() {
    }

    public static Reply guard(String what, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (Refusal refusal) {
            return Reply.failure(refusal.getMessage());
        } catch (RuntimeException | LinkageError failure) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Failed to run {} (error id {})", what, id, failure);
            return Reply.failure(apology(id));
        }
    }

    public static String apology(String id) {
        return "Sorry, something went wrong on our side (error id " + id + "). Nothing was lost; please try again, "
                + "and if it keeps happening tell an admin that id.";
    }
}
