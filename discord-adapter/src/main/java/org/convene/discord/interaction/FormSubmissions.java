package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.command.ErrorBoundary;
import org.convene.core.reply.Reply;

/**
 * A submitted form (an event's, a proposal's, a talk offer's, a check-in code): acknowledged at once with a deferred
 * private reply, then read into its command and run on a worker. A refused event, proposal or talk form repeats what
 * was read, so the person can see what to change.
 */
final class FormSubmissions {

    private final CommandService commands;
    private final Executor work;
    private final Responder responder;
    private final CallerReader callers = new CallerReader();
    private final EventForms forms = new EventForms();
    private final ProposalForms proposalForms = new ProposalForms();

    FormSubmissions(CommandService commands, Responder responder, Executor work) {
        this.commands = requireNonNull(commands, "commands");
        this.responder = requireNonNull(responder, "responder");
        this.work = requireNonNull(work, "work");
    }

    void submit(ModalInteractionEvent event) {
        String id = event.getModalId();
        if (id.startsWith(CheckInForms.PREFIX)) {
            checkInForm(event, id);
            return;
        }
        boolean proposal = ProposalForms.isProposalForm(id);
        boolean talk = id.startsWith(TalkForm.OFFER);
        if (!id.startsWith(EventForms.POST) && !id.startsWith(EventForms.EDIT) && !id.startsWith(EventForms.POLL)
                && !proposal && !talk) {
            return;
        }
        InteractionBoundary.guard(event, "a form", () -> {
            event.deferReply(true).queue();
            work.execute(() -> InteractionBoundary.guard(event, "a form", () -> {
                Reply reply = ErrorBoundary.guard("a Discord form", () -> {
                    Command command = proposal ? proposalForms.read(id, event.getValues())
                            : talk ? TalkForm.read(id, event.getValues()) : forms.read(id, event.getValues());
                    return commands.run(callers.read(event), command);
                });
                if (reply.failed()) {
                    reply = Reply.failure(reply.text().plain() + "\nI read: " + EventForms.understood(event.getValues())
                            + ".");
                }
                responder.answer(event.getHook(), reply);
            }));
        });
    }

    /** A submitted check-in form: checks in with the code and answers privately. */
    private void checkInForm(ModalInteractionEvent event, String id) {
        InteractionBoundary.guard(event, "a check-in form", () -> {
            event.deferReply(true).queue();
            work.execute(() -> InteractionBoundary.guard(event, "a check-in form", () -> responder.answer(
                    event.getHook(), ErrorBoundary.guard("a Discord check-in form", () -> commands.run(
                            callers.read(event), CheckInForms.read(id, event.getValues()))))));
        });
    }
}
