package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatChange;
import org.convene.core.domain.SeatLedger;
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.RsvpRepository;

/**
 * Applies seat changes to an event whose row the caller has locked: loads the ledger, lets it decide, and stores the
 * RSVPs it changed and the new seat count. Every path that moves seats goes through here.
 */
public final class SeatKeeper {

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final Notices notices;
    private final Clock clock;

    @Inject
    public SeatKeeper(EventRepository events, RsvpRepository rsvps, Notices notices, Clock clock) {
        this.events = requireNonNull(events, "events");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.notices = requireNonNull(notices, "notices");
        this.clock = requireNonNull(clock, "clock");
    }

    public SeatChange answer(Event lockedEvent, long memberId, Answer answer, int guests) {
        SeatLedger ledger = SeatLedger.of(lockedEvent, rsvps.find(lockedEvent.id(), memberId).orElse(null),
                rsvps.waitlist(lockedEvent.id()));
        SeatChange change = ledger.answer(lockedEvent.id(), memberId, answer, guests, clock.instant());
        List<Rsvp> changed = new ArrayList<>(change.promoted());
        changed.add(change.rsvp());
        rsvps.saveAll(changed);
        events.update(lockedEvent.withSeatsTaken(change.seatsTaken()), clock.instant());
        if (!change.promoted().isEmpty()) {
            notices.promoted(lockedEvent, change.promoted());
        }
        return change;
    }

    /**
     * Stores {@code updated} (the locked event with new details and perhaps a new capacity) and promotes whoever now
     * fits; refuses a capacity below the seats taken. Returns the promoted RSVPs.
     */
    public List<Rsvp> save(Event updated) {
        SeatLedger ledger = SeatLedger.of(updated, null, rsvps.waitlist(updated.id()))
                .withCapacity(updated.capacity());
        List<Rsvp> promoted = ledger.promote();
        rsvps.saveAll(promoted);
        events.update(updated.withSeatsTaken(ledger.seatsTaken()), clock.instant());
        if (!promoted.isEmpty()) {
            notices.promoted(updated, promoted);
        }
        return promoted;
    }
}
