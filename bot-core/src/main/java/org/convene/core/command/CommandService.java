package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EnterSpaceUseCase;

/**
 * The one entry point of every adapter: who is typing plus a command (typed, or text for the grammar) in, a reply out,
 * inside the error boundary.
 */
public final class CommandService {

    private final EnterSpaceUseCase enterSpace;
    private final CommandRouter router;

    @Inject
    public CommandService(EnterSpaceUseCase enterSpace, CommandRouter router) {
        this.enterSpace = requireNonNull(enterSpace, "enterSpace");
        this.router = requireNonNull(router, "router");
    }

    public Reply run(Caller caller, Command command) {
        return ErrorBoundary.guard(command.getClass().getSimpleName(), () -> route(caller, command));
    }

    public Reply runText(Caller caller, String text, CommandParser parser) {
        return ErrorBoundary.guard("a typed command", () -> route(caller, parser.parse(text)));
    }

    /** The member behind a caller, for adapters that need it outside a command (autocomplete, home tabs). */
    public Actor actor(Caller caller) {
        return enterSpace.enter(caller.entry());
    }

    private Reply route(Caller caller, Command command) {
        Actor actor = enterSpace.enter(caller.entry());
        return router.route(new Invocation(actor, caller.channel()), command);
    }
}
