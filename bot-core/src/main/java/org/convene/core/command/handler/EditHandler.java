package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.EventOptionReader;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Event;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.Lookups;
import org.convene.core.usecase.ShowEventUseCase;

/** {@code edit <id> ...}: changes an event and says who came off the waitlist. */
public final class EditHandler implements CommandHandler<Command.Edit> {

    private final EditEventUseCase editEvent;
    private final ShowEventUseCase showEvent;
    private final Lookups lookups;
    private final Clock clock;

    @Inject
    public EditHandler(EditEventUseCase editEvent, ShowEventUseCase showEvent, Lookups lookups, Clock clock) {
        this.editEvent = requireNonNull(editEvent, "editEvent");
        this.showEvent = requireNonNull(showEvent, "showEvent");
        this.lookups = requireNonNull(lookups, "lookups");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Class<Command.Edit> type() {
        return Command.Edit.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Edit command) {
        Event event = lookups.event(invocation.actor(), command.eventId());
        EditEventUseCase.Result result = editEvent.edit(invocation.actor(),
                EventOptionReader.edit(event, command.options(), command.wholeSeries(), clock.instant()));
        String promoted = result.promoted().isEmpty() ? "" : " " + result.promoted().size()
                + (result.promoted().size() == 1 ? " member came" : " members came") + " off the waitlist.";
        String series = result.later().isEmpty() ? "" : " Also updated " + result.later().size()
                + (result.later().size() == 1 ? " later occurrence." : " later occurrences.");
        return Reply.text("Updated #" + event.id() + "." + series + promoted)
                .withCard(EventCards.card(showEvent.details(invocation.actor(), result.after())));
    }
}
