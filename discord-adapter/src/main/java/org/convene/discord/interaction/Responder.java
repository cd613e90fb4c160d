package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.interactions.InteractionHook;
import org.convene.core.reply.Reply;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.render.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a deferred interaction with a reply: a private reply replaces the "thinking" placeholder, a public one
 * is sent as a public follow-up and the private placeholder removed.
 */
final class Responder {

    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

    private final DiscordRenderer renderer;

    Responder(DiscordRenderer renderer) {
        this.renderer = requireNonNull(renderer, "renderer");
    }

    void answer(InteractionHook hook, Reply reply) {
        RenderedMessage rendered = renderer.render(reply);
        if (rendered.ephemeral()) {
            hook.editOriginal(rendered.edit()).queue(null, Responder::unsent);
        } else {
            hook.sendMessage(rendered.message()).setEphemeral(false)
                    .queue(sent -> hook.deleteOriginal().queue(null, Responder::unsent), Responder::unsent);
        }
    }

    /** A private message after the interaction was answered another way, such as a refused button click. */
    void tell(InteractionHook hook, Reply reply) {
        hook.sendMessage(renderer.render(reply).message()).setEphemeral(true).queue(null, Responder::unsent);
    }

    DiscordRenderer renderer() {
        return renderer;
    }

    private static void unsent(Throwable failure) {
        LOG.warn("Discord did not take an interaction answer: {}", failure.toString());
    }
}
