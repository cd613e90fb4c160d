package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.attendance.AttendanceUseCase;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.EventOptionReader;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Event;
import org.convene.core.port.Transactions;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.Lookups;
import org.convene.core.usecase.ShowEventUseCase;

/** {@code edit <id> ...}: changes an event and says who came off the waitlist. */
public final class EditHandler implements CommandHandler<Command.Edit> {

    private final EditEventUseCase editEvent;
    private final ShowEventUseCase showEvent;
    private final Lookups lookups;
    private final AttendanceUseCase attendance;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public EditHandler(EditEventUseCase editEvent, ShowEventUseCase showEvent, Lookups lookups,
                       AttendanceUseCase attendance, Transactions transactions, Clock clock) {
        this.editEvent = requireNonNull(editEvent, "editEvent");
        this.attendance = requireNonNull(attendance, "attendance");
        this.transactions = requireNonNull(transactions, "transactions");
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
        Boolean behind = command.noShowsBehind();
        if (behind != null && command.options().isEmpty()) {
            attendance.waitBehind(invocation.actor(), event.id(), behind);
            return Reply.text("Updated #" + event.id() + ".")
                    .withCard(EventCards.card(showEvent.details(invocation.actor(), event.withNoShowsBehind(behind))));
        }
        EditEventUseCase.Input input = EventOptionReader.edit(event, command.options(), command.wholeSeries(),
                clock.instant());
        EditEventUseCase.Result result = behind == null ? editEvent.edit(invocation.actor(), input)
                : transactions.inTransaction(() -> {
                    attendance.waitBehind(invocation.actor(), event.id(), behind);
                    return editEvent.edit(invocation.actor(), input);
                });
        String promoted = result.promoted().isEmpty() ? "" : " " + result.promoted().size()
                + (result.promoted().size() == 1 ? " member came" : " members came") + " off the waitlist.";
        String series = result.later().isEmpty() ? "" : " Also updated " + result.later().size()
                + (result.later().size() == 1 ? " later occurrence." : " later occurrences.");
        return Reply.text("Updated #" + event.id() + "." + series + promoted)
                .withCard(EventCards.card(showEvent.details(invocation.actor(), result.after())));
    }
}
