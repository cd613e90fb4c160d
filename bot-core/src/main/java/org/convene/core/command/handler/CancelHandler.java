package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.CancelEventUseCase;

/** {@code cancel <id> [reason] [scope=series]}. */
public final class CancelHandler implements CommandHandler<Command.Cancel> {

    private final CancelEventUseCase cancelEvent;

    @Inject
    public CancelHandler(CancelEventUseCase cancelEvent) {
        this.cancelEvent = requireNonNull(cancelEvent, "cancelEvent");
    }

    @Override
    public Class<Command.Cancel> type() {
        return Command.Cancel.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Cancel command) {
        if (command.wholeSeries()) {
            CancelEventUseCase.Result result = cancelEvent.cancelSeries(invocation.actor(), command.eventId(),
                    command.reason());
            return Reply.text("Ended the series of #" + result.event().id() + " " + result.event().title()
                    + ": cancelled " + result.occurrences().size() + " occurrence"
                    + (result.occurrences().size() == 1 ? "" : "s") + " from this one on. Everyone who answered "
                    + "will be told.");
        }
        CancelEventUseCase.Result result = cancelEvent.cancel(invocation.actor(), command.eventId(), command.reason());
        return Reply.text("Cancelled #" + result.event().id() + " " + result.event().title()
                + ". Everyone who answered will be told.");
    }
}
