package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.ListEventsUseCase;

/** {@code events [group] [page=N]}: upcoming events as cards, soonest first. */
public final class EventsHandler implements CommandHandler<Command.Events> {

    private final ListEventsUseCase listEvents;

    @Inject
    public EventsHandler(ListEventsUseCase listEvents) {
        this.listEvents = requireNonNull(listEvents, "listEvents");
    }

    @Override
    public Class<Command.Events> type() {
        return Command.Events.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Events command) {
        ListEventsUseCase.Page page = listEvents.list(invocation.actor(),
                new ListEventsUseCase.Input(command.group(), command.page()));
        String where = page.group() == null ? "" : " in " + page.group().name();
        if (page.events().isEmpty()) {
            return Reply.text(command.page() > 1 ? "No more upcoming events" + where + "."
                    : "No upcoming events" + where + " yet.");
        }
        String more = page.more() ? " More with /meetup events" + (page.group() == null ? ""
                : " " + page.group().slug()) + " page=" + (page.page() + 1) + "." : "";
        return Reply.text("Upcoming events" + where + (page.page() > 1 ? ", page " + page.page() : "") + ":" + more)
                .withCards(page.events().stream().map(EventCards::card).toList());
    }
}
