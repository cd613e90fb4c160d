package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.EventStatus;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.Transactions;

/**
 * Cancels an event (organizers of its group and admins); its RSVPs stay so attendees can be told. Cancelling one
 * occurrence of a series leaves a gap and the series goes on; {@link #cancelSeries} ends it from an occurrence on.
 */
public final class CancelEventUseCase {

    /** The cancelled event and its group; for a series that ended, every occurrence cancelled with it. */
    public record Result(Group group, Event event, List<Event> occurrences) {
        public Result(Group group, Event event) {
            this(group, event, List.of(event));
        }
    }

    private final Transactions transactions;
    private final EventRepository events;
    private final Lookups lookups;
    private final Access access;
    private final Notices notices;
    private final ScheduleRepository schedule;
    private final Clock clock;

    @Inject
    public CancelEventUseCase(Transactions transactions, EventRepository events, Lookups lookups, Access access,
                              Notices notices, ScheduleRepository schedule, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.notices = requireNonNull(notices, "notices");
        this.schedule = requireNonNull(schedule, "schedule");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result cancel(Actor actor, long eventId, String reason) {
        String why = reason(reason);
        return transactions.inTransaction(() -> {
            Event event = cancellable(actor, eventId);
            Group group = lookups.groupOf(event);
            Event cancelled = cancelled(event, why);
            notices.eventCancelled(group, cancelled);
            return new Result(group, cancelled);
        });
    }

    /**
     * Ends the series of {@code eventId}: cancels that occurrence and every later scheduled one, and lays out no
     * more. Each attendee of the cancelled occurrences is told once, the group's channels once.
     */
    public Result cancelSeries(Actor actor, long eventId, String reason) {
        String why = reason(reason);
        return transactions.inTransaction(() -> {
            Event event = cancellable(actor, eventId);
            Group group = lookups.groupOf(event);
            if (event.seriesId() == null) {
                throw Refusal.invalid("Event #" + eventId + " is not part of a series; leave out scope=series.");
            }
            String ended = why == null ? "the series has ended" : why + " (the series has ended)";
            List<Event> cancelled = new ArrayList<>();
            cancelled.add(cancelled(event, ended));
            for (Event next : events.upcomingInSeries(event.seriesId(), event.startsAt())) {
                if (next.id() != event.id() && !next.cancelled()) {
                    cancelled.add(cancelled(events.lockById(next.id()).orElseThrow(), ended));
                }
            }
            schedule.endSeries(event.seriesId(), clock.instant());
            notices.seriesEnded(group, cancelled);
            return new Result(group, cancelled.getFirst(), cancelled);
        });
    }

    private Event cancellable(Actor actor, long eventId) {
        Event event = lookups.lockedEvent(actor, eventId);
        access.requireOrganizer(actor, lookups.groupOf(event), "cancel its events");
        if (event.cancelled()) {
            throw Refusal.conflict("Event #" + eventId + " is already cancelled.");
        }
        if (!event.endsAt().isAfter(clock.instant())) {
            throw Refusal.conflict("Event #" + eventId + " is already over.");
        }
        return event;
    }

    private Event cancelled(Event event, String why) {
        Event cancelled = new Event(event.id(), event.groupId(), event.seriesId(), event.title(),
                event.description(), event.startsAt(), event.endsAt(), event.zone(), event.venue(),
                event.onlineUrl(), event.privateLink(), event.capacity(), event.guestLimit(),
                event.rsvpDeadline(), EventStatus.CANCELLED, why, event.seatsTaken(), event.noShowsBehind());
        events.update(cancelled, clock.instant());
        return cancelled;
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? null : EventFields.description(reason);
    }
}
