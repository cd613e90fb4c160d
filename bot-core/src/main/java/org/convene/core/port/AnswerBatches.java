package org.convene.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;

/**
 * The statements of a batch of answers to one event, applied in one transaction: joining the answering members to
 * the event's group (before the event's lock is taken), locking the event and reading what the seat ledger needs in
 * one round trip, and writing everything it decided in one round trip.
 */
public interface AnswerBatches {

    /** The locked event, and the RSVPs of the answering members to it together with its whole waitlist. */
    record Locked(Event event, List<Rsvp> known) {
        public Locked {
            known = List.copyOf(known);
        }
    }

    /**
     * Joins the members of {@code communityId} to the group of the event, if the event belongs to that community;
     * returns those who were not members of the group before.
     */
    Set<Long> join(long eventId, long communityId, Collection<Long> memberIds, Instant now);

    /** Locks the event's row, then reads it and the RSVPs the ledger needs; empty when there is no such event. */
    Optional<Locked> lock(long eventId, Collection<Long> memberIds);

    /**
     * Sets the event's seats taken, stores {@code rsvps} (inserted or replaced, in the order given) and takes the
     * members in {@code leaving} out of the group again, in one statement.
     */
    void write(long eventId, int seatsTaken, List<Rsvp> rsvps, long groupId, Collection<Long> leaving, Instant now);
}
