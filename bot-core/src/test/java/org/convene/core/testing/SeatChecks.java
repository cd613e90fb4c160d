package org.convene.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.core.domain.Rsvp;

/** What every event's seats must satisfy, whatever answered it and however. */
public final class SeatChecks {

    private SeatChecks() {
    }

    /**
     * The seat count is the confirmed parties', within the capacity; the first waiting party does not fit; the waitlist
     * orders are unique.
     */
    public static void assertSeatsExact(CoreKit kit, long eventId, int capacity) {
        List<Rsvp> rsvps = kit.rsvps.forEvent(eventId);
        int seats = rsvps.stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
        assertThat(kit.events.byId(eventId).orElseThrow().seatsTaken()).isEqualTo(seats);
        assertThat(seats).isLessThanOrEqualTo(capacity);
        List<Rsvp> waitlist = kit.rsvps.waitlist(eventId);
        if (!waitlist.isEmpty()) {
            assertThat(seats + waitlist.getFirst().partySize()).isGreaterThan(capacity);
        }
        assertThat(waitlist.stream().map(Rsvp::waitlistOrder).distinct().count()).isEqualTo(waitlist.size());
    }
}
