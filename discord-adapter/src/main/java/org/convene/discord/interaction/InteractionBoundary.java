package org.convene.discord.interaction;

import java.util.UUID;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.convene.core.command.ErrorBoundary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's one error boundary: anything unexpected while handling an interaction is logged with an id and
 * answered, privately, with the core's apology carrying that id.
 */
final class InteractionBoundary {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionBoundary.class);

    private InteractionBoundary() {
    }

    static void guard(IReplyCallback interaction, String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError failure) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Failed to handle {} (error id {})", what, id, failure);
            apologize(interaction, ErrorBoundary.apology(id));
        }
    }

    private static void apologize(IReplyCallback interaction, String apology) {
        try {
            if (interaction.isAcknowledged()) {
                interaction.getHook().sendMessage(apology).setEphemeral(true)
                        .queue(null, failure -> LOG.warn("Could not send an apology: {}", failure.toString()));
            } else {
                interaction.reply(apology).setEphemeral(true)
                        .queue(null, failure -> LOG.warn("Could not send an apology: {}", failure.toString()));
            }
        } catch (RuntimeException failure) {
            LOG.warn("Could not send an apology: {}", failure.toString());
        }
    }
}
