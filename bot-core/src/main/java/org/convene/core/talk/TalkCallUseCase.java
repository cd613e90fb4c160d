package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.port.TalkRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Lookups;

/**
 * Opens, replaces and closes an event's call for presenters (organizers only), and shows its agenda to anyone. A call
 * with talks waiting or accepted cannot be replaced or closed, so no presenter loses a slot without being told.
 */
public final class TalkCallUseCase {

    /** The slots asked for: {@code count} of {@code minutes}, or one per name, from {@code from} (null: the start). */
    public record Input(long eventId, int count, int minutes, List<String> names, LocalTime from,
                        boolean autoAccept) {
        public Input {
            names = List.copyOf(names);
        }
    }

    private final Transactions transactions;
    private final TalkRepository talks;
    private final Agendas agendas;
    private final Lookups lookups;
    private final Access access;
    private final Clock clock;

    @Inject
    public TalkCallUseCase(Transactions transactions, TalkRepository talks, Agendas agendas, Lookups lookups,
                           Access access, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.talks = requireNonNull(talks, "talks");
        this.agendas = requireNonNull(agendas, "agendas");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Opens (or replaces) the event's call; returns the event and its new agenda. */
    public Shown open(Actor actor, Input input) {
        Event event = transactions.inTransaction(() -> {
            Event locked = settled(actor, input.eventId(), "open talk slots");
            List<TalkSlot> slots = SlotPlan.lay(locked, input.count(), input.minutes(), input.names(),
                    input.from());
            talks.open(locked.id(), input.autoAccept(), slots, clock.instant());
            return locked;
        });
        return new Shown(event, agendas.of(event));
    }

    /** Closes the event's call; its slots go. */
    public Event close(Actor actor, long eventId) {
        return transactions.inTransaction(() -> {
            Event locked = settled(actor, eventId, "close talk slots");
            if (talks.call(eventId).isEmpty()) {
                throw Refusal.conflict("#" + eventId + " has no talk slots to close.");
            }
            talks.close(eventId);
            return locked;
        });
    }

    public Shown agenda(Actor actor, long eventId) {
        Event event = lookups.event(actor, eventId);
        Agenda agenda = agendas.of(event);
        if (agenda.isEmpty()) {
            throw Refusal.notFound("#" + eventId + " " + event.title() + " has no talk slots; its organizers open "
                    + "them with /meetup talk slots " + eventId + " 4x15m.");
        }
        return new Shown(event, agenda);
    }

    /** The event, locked, once the actor is known to organize it and no talk is waiting or accepted. */
    private Event settled(Actor actor, long eventId, String what) {
        Event locked = lookups.lockedEvent(actor, eventId);
        access.requireOrganizer(actor, lookups.groupOf(locked), what);
        if (locked.cancelled() || locked.started(clock.instant())) {
            throw Refusal.conflict("#" + eventId + " is cancelled or has started, so its talk slots stay as they "
                    + "are.");
        }
        long open = talks.offers(eventId).stream().filter(offer -> offer.state().open()).count();
        if (open > 0) {
            throw Refusal.conflict("#" + eventId + " has " + open + (open == 1 ? " talk" : " talks")
                    + " offered or accepted; decline or withdraw " + (open == 1 ? "it" : "them")
                    + " first (/meetup talk agenda " + eventId + " shows the slots).");
        }
        return locked;
    }

    /** An event and its agenda. */
    public record Shown(Event event, Agenda agenda) {
    }
}
