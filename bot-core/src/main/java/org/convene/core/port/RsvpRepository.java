package org.convene.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Rsvp;

/** RSVPs: one per member and event. */
public interface RsvpRepository {

    List<Rsvp> forEvent(long eventId);

    Optional<Rsvp> find(long eventId, long memberId);

    /** Inserts or replaces each RSVP. */
    void saveAll(Collection<Rsvp> rsvps);

    /** The member's RSVPs to scheduled events that end after {@code from}, soonest first. */
    List<Rsvp> upcomingOf(long memberId, Instant from);

    int waitlistLength(long eventId);

    /** Every event the member has an RSVP for, whatever its answer or the event's state, in id order. */
    List<Long> eventIdsOf(long memberId);

    /** The event's waitlisted RSVPs in waitlist order. */
    List<Rsvp> waitlist(long eventId);

    /** How many wait ahead of the given waitlist order. */
    int waitlistAhead(long eventId, long waitlistOrder);
}
