package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.EventDetails;
import org.convene.core.usecase.ShowEventUseCase;

/** {@code event <id>}: one event in full. */
public final class ShowEventHandler implements CommandHandler<Command.ShowEvent> {

    private final ShowEventUseCase showEvent;

    @Inject
    public ShowEventHandler(ShowEventUseCase showEvent) {
        this.showEvent = requireNonNull(showEvent, "showEvent");
    }

    @Override
    public Class<Command.ShowEvent> type() {
        return Command.ShowEvent.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.ShowEvent command) {
        EventDetails details = showEvent.show(invocation.actor(), command.eventId());
        Card card = EventCards.card(details);
        Card full = new Card(card.title(), Text.of(details.event().description()), card.fields(), card.buttons(),
                card.eventId());
        return Reply.of(Text.of(details.event().cancelled() ? "This event was cancelled"
                + (details.event().cancelReason() == null ? "." : ": " + details.event().cancelReason()) : ""))
                .withCard(full);
    }
}
