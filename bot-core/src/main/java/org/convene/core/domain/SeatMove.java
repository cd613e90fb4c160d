package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An answer the seat ledger decided on an unlocked read, in the form the store can apply in one guarded write: the
 * member's RSVP goes from {@code previous} (null if none) to {@code next}, the seats taken move by {@code seatDelta},
 * and the write must first check, under the event's lock, the {@link Premise} the decision rested on. Answers that
 * promote anyone are not moves: they take the locked path, where the ledger sees the whole waitlist.
 */
public record SeatMove(Rsvp previous, Rsvp next, int seatDelta, Premise premise) {

    /** What must still be true, under the lock, for the decision to stand. */
    public enum Premise {
        /** The seats after the move stay within the capacity. */
        FITS,
        /** The member's party still does not fit, so it waits. */
        STILL_FULL,
        /** Seats are freed and no one waits, so no one is promoted. */
        NOBODY_WAITING,
        /** Nothing about seats. */
        NONE
    }

    public SeatMove {
        requireNonNull(next, "next");
        requireNonNull(premise, "premise");
    }

    /** The move that applies {@code change}, or empty when it promotes anyone. */
    public static Optional<SeatMove> of(SeatChange change) {
        if (!change.promoted().isEmpty()) {
            return Optional.empty();
        }
        Rsvp next = change.rsvp();
        int delta = seatsHeld(next) - seatsHeld(change.previous());
        Premise premise = delta > 0 ? Premise.FITS
                : delta < 0 ? Premise.NOBODY_WAITING
                : next.waitlisted() ? Premise.STILL_FULL
                : Premise.NONE;
        return Optional.of(new SeatMove(change.previous(), next, delta, premise));
    }

    /**
     * The change as it was applied: the seats taken, and for a waiting member the waitlist order the store gave and
     * the member's place on the waitlist.
     */
    public SeatChange applied(int seatsTaken, Long waitlistOrder, int waitlistPosition) {
        Rsvp stored = new Rsvp(next.eventId(), next.memberId(), next.answer(), next.guests(), next.state(),
                next.waitlisted() ? waitlistOrder : null, next.respondedAt());
        return new SeatChange(stored, previous, List.of(), seatsTaken, waitlistPosition);
    }

    private static int seatsHeld(Rsvp rsvp) {
        return rsvp != null && rsvp.confirmed() ? rsvp.partySize() : 0;
    }
}
