package org.convene.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;

/**
 * The statements of a batch of answers to one event. Under the lock: one transaction in two round trips, joining the
 * answering members to the event's group (before the event's lock is taken), locking the event and reading what the
 * seat ledger needs in the first; writing everything the ledger decided, and committing, in the second. Or, for
 * answers decided on a ledger remembered at a known version of the event, one call that checks that version under
 * the lock and writes. Each write gives the event's new ledger version: a number that changes with every committed
 * change to the event's row or to any of its RSVPs.
 */
public interface AnswerBatches {

    /** A member who answers yes or maybe, with the community they answer from. */
    record Joining(long memberId, long communityId) {
    }

    /**
     * The locked event at its ledger version, its group, the RSVPs of the answering members to it together with its
     * whole waitlist, and the members the batch made members of the group.
     */
    record Locked(Event event, long version, Group group, List<Rsvp> known, Set<Long> joined) {
        public Locked {
            known = List.copyOf(known);
            joined = Set.copyOf(joined);
        }
    }

    /**
     * Joins each member in {@code joining} to the event's group if the event belongs to their community, then locks
     * the event's row and reads it, its group and the RSVPs of {@code memberIds} and the waitlist (or, when
     * {@code everyone}, all its RSVPs), in one round trip; empty when there is no such event.
     */
    Optional<Locked> joinAndLock(long eventId, List<Joining> joining, Collection<Long> memberIds, boolean everyone,
                                 Instant now);

    /**
     * Takes the members in {@code leaving} out of the group again, and writes as {@link #writeIfAt} does (the event,
     * locked by this transaction, is at {@code version}), in one statement sent with the transaction's commit: the
     * batch's last statement. Returns the event's new ledger version.
     */
    long writeAndCommit(long eventId, long version, long communityId, int seatsTaken, List<Rsvp> rsvps, long groupId,
                        Collection<Long> leaving, Instant now);

    /**
     * In one call and a transaction of its own: joins the members in {@code joining} to the event's group, then, if
     * the event is still at ledger version {@code version} and in a group of {@code communityId}, sets its seats
     * taken and stores {@code rsvps} (inserted or replaced, in the order given). Returns the event's new ledger
     * version, or empty, with nothing written, when the event changed.
     */
    OptionalLong writeIfAt(long eventId, long version, long communityId, int seatsTaken, Collection<Long> joining,
                           List<Rsvp> rsvps, Instant now);
}
