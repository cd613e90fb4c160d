package org.convene.core.domain;

import java.util.List;

/**
 * What one answer did to an event's seats: the member's RSVP as it now stands, the one it replaced (null if none),
 * the members promoted off the waitlist, the seats now taken and the member's waitlist position (0 if not waiting).
 */
public record SeatChange(Rsvp rsvp, Rsvp previous, List<Rsvp> promoted, int seatsTaken, int waitlistPosition) {
    public SeatChange {
        promoted = List.copyOf(promoted);
    }
}
