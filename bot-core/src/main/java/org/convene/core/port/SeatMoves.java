package org.convene.core.port;

import java.time.Instant;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatMove;

/**
 * Answers in two round trips: the unlocked read an answer is decided on, and the one guarded write that applies the
 * decision if what it rested on still holds under the event's lock.
 */
public interface SeatMoves {

    /** The event and the member's RSVP to it ({@code rsvp} null if none), as committed when read. */
    record Seen(Event event, Rsvp rsvp) {
    }

    /** What the write stored: the seats now taken, and the waitlist order and place given to a waiting member. */
    record Applied(int seatsTaken, Long waitlistOrder, int waitlistPosition) {
    }

    /** Reads the event and the member's RSVP together, without locks. */
    Optional<Seen> read(long eventId, long memberId);

    /**
     * Applies {@code move}, decided on {@code seenEvent}, and joins the member to the event's group when
     * {@code joinGroup}; empty, with nothing changed, when the event's answer rules, the member's RSVP or the move's
     * premise no longer hold.
     */
    Optional<Applied> apply(Event seenEvent, SeatMove move, boolean joinGroup, Instant now);
}
