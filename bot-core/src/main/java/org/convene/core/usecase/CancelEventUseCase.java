package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Event;
import org.convene.core.domain.EventStatus;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.Transactions;

/** Cancels an event (organizers of its group and admins); its RSVPs stay so attendees can be told. */
public final class CancelEventUseCase {

    /** The cancelled event and its group. */
    public record Result(Group group, Event event) {
    }

    private final Transactions transactions;
    private final EventRepository events;
    private final Lookups lookups;
    private final Access access;
    private final Notices notices;
    private final Clock clock;

    @Inject
    public CancelEventUseCase(Transactions transactions, EventRepository events, Lookups lookups, Access access,
                              Notices notices, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.notices = requireNonNull(notices, "notices");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result cancel(Actor actor, long eventId, String reason) {
        String why = reason == null || reason.isBlank() ? null : EventFields.description(reason);
        return transactions.inTransaction(() -> {
            Event event = lookups.lockedEvent(actor, eventId);
            Group group = lookups.groupOf(event);
            access.requireOrganizer(actor, group, "cancel its events");
            if (event.cancelled()) {
                throw Refusal.conflict("Event #" + eventId + " is already cancelled.");
            }
            if (!event.endsAt().isAfter(clock.instant())) {
                throw Refusal.conflict("Event #" + eventId + " is already over.");
            }
            Event cancelled = new Event(event.id(), event.groupId(), event.seriesId(), event.title(),
                    event.description(), event.startsAt(), event.endsAt(), event.zone(), event.venue(),
                    event.onlineUrl(), event.privateLink(), event.capacity(), event.guestLimit(),
                    event.rsvpDeadline(), EventStatus.CANCELLED, why, event.seatsTaken());
            events.update(cancelled, clock.instant());
            notices.eventCancelled(group, cancelled);
            return new Result(group, cancelled);
        });
    }
}
