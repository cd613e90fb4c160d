package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EnterSpaceUseCase;

/**
 * The one entry point of every adapter: who is typing plus a command (typed, or text for the grammar) in, a reply out,
 * inside the error boundary. Whether the caller may use the verb is decided before what they typed is read.
 */
public final class CommandService {

    private final EnterSpaceUseCase enterSpace;
    private final CommandRouter router;
    private final CommandGate gate;

    @Inject
    public CommandService(EnterSpaceUseCase enterSpace, CommandRouter router, CommandGate gate) {
        this.enterSpace = requireNonNull(enterSpace, "enterSpace");
        this.router = requireNonNull(router, "router");
        this.gate = requireNonNull(gate, "gate");
    }

    public Reply run(Caller caller, Command command) {
        return ErrorBoundary.guard(command.getClass().getSimpleName(),
                () -> route(caller, enterSpace.enter(caller.entry()), command));
    }

    public Reply runText(Caller caller, String text, CommandParser parser) {
        return ErrorBoundary.guard("a typed command", () -> {
            Actor actor = enterSpace.enter(caller.entry());
            gate.admit(actor, text);
            return route(caller, actor, parser.parse(text));
        });
    }

    /** The member behind a caller, for adapters that need it outside a command (autocomplete, home tabs). */
    public Actor actor(Caller caller) {
        return enterSpace.enter(caller.entry());
    }

    private Reply route(Caller caller, Actor actor, Command command) {
        gate.admit(actor, command);
        return router.route(new Invocation(actor, caller.channel()), command);
    }
}
