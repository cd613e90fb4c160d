package org.convene.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.convene.core.domain.Rsvp;

/**
 * The reads and the one write of a batch of answers to one event, applied in one transaction: joining the answering
 * members to the event's group (before the event's lock is taken), reading what the seat ledger needs under that
 * lock, and writing everything it decided in one round trip.
 */
public interface AnswerBatches {

    /** Joins the members to the group; returns those who were not members of it before. */
    Set<Long> join(long groupId, Collection<Long> memberIds, Instant now);

    /** The RSVPs of the given members to the event, and the event's whole waitlist; the caller holds its lock. */
    List<Rsvp> known(long eventId, Collection<Long> memberIds);

    /**
     * Sets the event's seats taken, stores {@code rsvps} (inserted or replaced, in the order given) and takes the
     * members in {@code leaving} out of the group again, in one statement.
     */
    void write(long eventId, int seatsTaken, List<Rsvp> rsvps, long groupId, Collection<Long> leaving, Instant now);
}
