package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.SeatChange;
import org.convene.core.metrics.CommandMeters;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.RsvpUseCase;
import org.convene.core.usecase.ShowEventUseCase;

/** {@code rsvp <id> [going|maybe|no] [+N]}: says where the answer landed, a seat or a waitlist place. */
public final class RsvpHandler implements CommandHandler<Command.Rsvp> {

    private final RsvpUseCase rsvp;
    private final ShowEventUseCase showEvent;
    private final CommandMeters meters;

    public RsvpHandler(RsvpUseCase rsvp, ShowEventUseCase showEvent) {
        this(rsvp, showEvent, CommandMeters.none());
    }

    @Inject
    public RsvpHandler(RsvpUseCase rsvp, ShowEventUseCase showEvent, CommandMeters meters) {
        this.rsvp = requireNonNull(rsvp, "rsvp");
        this.showEvent = requireNonNull(showEvent, "showEvent");
        this.meters = requireNonNull(meters, "meters");
    }

    @Override
    public Class<Command.Rsvp> type() {
        return Command.Rsvp.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Rsvp command) {
        RsvpUseCase.Result result;
        try {
            result = rsvp.rsvp(invocation.actor(),
                    new RsvpUseCase.Input(command.eventId(), command.answer(), command.guests()));
        } catch (Refusal refused) {
            meters.rsvpRefused();
            throw refused;
        }
        meters.rsvp(result.change());
        Event event = result.event();
        SeatChange change = result.change();
        String guests = change.rsvp().guests() == 0 ? "" : change.rsvp().guests() == 1 ? " with 1 guest"
                : " with " + change.rsvp().guests() + " guests";
        Text.Builder text = Text.builder();
        switch (change.rsvp().state()) {
            case CONFIRMED -> text.plain("You're going to ").strong(event.title()).plain(guests + ", ")
                    .time(event.startsAt()).plain(".");
            case WAITLISTED -> text.strong(event.title()).plain(" is full; you are #" + change.waitlistPosition()
                    + " on the waitlist" + guests + ". You will be told as soon as a seat frees up.");
            case NONE -> text.plain(switch (change.rsvp().answer()) {
                case MAYBE -> "Marked as maybe for ";
                default -> "You're not going to ";
            }).strong(event.title()).plain(".");
        }
        return Reply.of(text.build()).withCard(EventCards.card(showEvent.details(invocation.actor(), event)));
    }
}
