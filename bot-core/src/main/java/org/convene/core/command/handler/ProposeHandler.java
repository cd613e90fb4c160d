package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.proposal.Proposal;
import org.convene.core.proposal.ProposeGroupUseCase;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.CreateGroupUseCase;

/**
 * {@code propose}: alone, the guidelines and a button that opens the proposal form where there are forms (its command,
 * {@value #FORM_COMMAND}, shows what to type elsewhere); with a short name, the proposal itself.
 */
public final class ProposeHandler implements CommandHandler<Command.Propose> {

    /** The command of the button that opens the proposal form; adapters with forms open it on a click. */
    public static final String FORM_COMMAND = "propose";

    private final ProposeGroupUseCase propose;

    @Inject
    public ProposeHandler(ProposeGroupUseCase propose) {
        this.propose = requireNonNull(propose, "propose");
    }

    @Override
    public Class<Command.Propose> type() {
        return Command.Propose.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Propose command) {
        if (command.showsGuidelines()) {
            return Reply.text("Before you propose a group, read the guidelines:").withCard(new Card("Guidelines",
                    Text.of(propose.guidelines(invocation.actor())), List.of(), List.of(new Button("Propose a group",
                    FORM_COMMAND, Button.Style.PRIMARY)), 0)).withCard(Card.of("By command", Text.builder()
                    .code("/meetup propose <slug> \"name\" description=... why=... organizers=@a,@b").build()));
        }
        Proposal proposal = propose.propose(invocation.actor(), new ProposeGroupUseCase.Input(
                new CreateGroupUseCase.Input(command.slug(), command.name(), command.description()), command.why(),
                command.organizers()));
        return Reply.text("Thank you: proposal #" + proposal.id() + " of " + proposal.name() + " (" + proposal.slug()
                + ") is with the admins. You will get a direct message when one accepts or declines it.");
    }
}
