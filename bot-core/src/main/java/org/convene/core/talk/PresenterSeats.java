package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatChange;
import org.convene.core.port.RsvpRepository;
import org.convene.core.usecase.SeatKeeper;

/**
 * A presenter's seat, taken and given back through the one seat path ({@link SeatKeeper} and its ledger) on an event
 * whose row the caller has locked, so a presenter is an ordinary confirmed attendee: counted in the seats, given the
 * private link and reminded. A presenter takes a free seat ahead of the waitlist (alone, leaving the waitlist if
 * waiting there); a capped event with no free seat gives none.
 */
public final class PresenterSeats {

    private final SeatKeeper seats;
    private final RsvpRepository rsvps;

    @Inject
    public PresenterSeats(SeatKeeper seats, RsvpRepository rsvps) {
        this.seats = requireNonNull(seats, "seats");
        this.rsvps = requireNonNull(rsvps, "rsvps");
    }

    /** Seats the member in the locked event: whether they now hold a seat (false, with nothing changed, if full). */
    public boolean seat(Event lockedEvent, long memberId) {
        Optional<Rsvp> mine = rsvps.find(lockedEvent.id(), memberId);
        if (mine.map(Rsvp::confirmed).orElse(false)) {
            return true;
        }
        if (lockedEvent.capped() && lockedEvent.capacity() - lockedEvent.seatsTaken() < 1) {
            return false;
        }
        Event current = lockedEvent;
        if (mine.map(Rsvp::waitlisted).orElse(false)) {
            SeatChange left = seats.answer(current, memberId, Answer.NOT_GOING, 0);
            current = current.withSeatsTaken(left.seatsTaken());
        }
        return seats.answer(current, memberId, Answer.GOING, 0).rsvp().confirmed();
    }

    /** Gives the member's seat in the locked event back; returns whoever the freed seats promoted. */
    public List<Rsvp> free(Event lockedEvent, long memberId) {
        return seats.answer(lockedEvent, memberId, Answer.NOT_GOING, 0).promoted();
    }
}
