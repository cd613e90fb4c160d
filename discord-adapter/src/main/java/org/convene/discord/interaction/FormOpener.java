package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Executor;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import org.convene.core.command.Caller;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.convene.discord.render.DiscordRenderer;

/**
 * Opens a form that needs the core first (the event's current values, a poll's winning date, the right to review
 * proposals): the check runs on a worker, and that worker answers the interaction itself, with the form or, when the
 * core refuses, privately with why. Nothing is deferred before, since a form cannot follow a deferred answer.
 */
public final class FormOpener {

    /** What a check decided: the form to open, or the reply that says why not. */
    record Opening(Modal form, Reply refusal) {

        static Opening of(Modal form) {
            return new Opening(requireNonNull(form, "form"), null);
        }

        static Opening refused(Reply refusal) {
            return new Opening(null, requireNonNull(refusal, "refusal"));
        }
    }

    private final CallerReader callers = new CallerReader();
    private final DiscordRenderer renderer;
    private final Executor work;

    public FormOpener(DiscordRenderer renderer, Executor work) {
        this.renderer = requireNonNull(renderer, "renderer");
        this.work = requireNonNull(work, "work");
    }

    /** Runs {@code check} for the caller on a worker and answers with its form or its refusal. */
    <T extends IReplyCallback & IModalCallback> void open(T event, String what, Function<Caller, Opening> check) {
        work.execute(() -> InteractionBoundary.guard(event, what, () -> {
            Opening opening;
            try {
                opening = check.apply(callers.read(event));
            } catch (Refusal refusal) {
                opening = Opening.refused(Reply.failure(refusal.getMessage()));
            }
            if (opening.form() != null) {
                event.replyModal(opening.form()).queue();
            } else {
                event.reply(renderer.render(opening.refusal()).message()).setEphemeral(true).queue();
            }
        }));
    }
}
