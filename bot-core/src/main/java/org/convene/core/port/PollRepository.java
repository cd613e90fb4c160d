package org.convene.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.DatePoll;

/** Date polls, their dates and their votes. */
public interface PollRepository {

    /** Stores a new open poll with its dates (in the order given, numbered from 1); returns it. */
    DatePoll create(long groupId, String title, Duration length, String venue, List<Instant> dates, long createdBy,
                    Instant now);

    /** The poll with its current vote counts. */
    Optional<DatePoll> byId(long pollId);

    /**
     * Reads the poll and holds a share lock on its row until the transaction ends, so closing waits for votes in
     * flight and a vote never lands on a closed poll; the caller must be in a transaction.
     */
    Optional<DatePoll> lockForVote(long pollId);

    /** Reads the poll and holds its row for an update until the transaction ends. */
    Optional<DatePoll> lockForUpdate(long pollId);

    /** Takes the member's vote for a date away if it is there, or adds it; true if the vote is now there. */
    boolean toggle(long pollId, int position, long memberId, Instant now);

    /** The dates (positions) the member picked. */
    Set<Integer> votesOf(long pollId, long memberId);

    /** The members who picked at least one date, in id order. */
    List<Long> voters(long pollId);

    /** Closes an open poll; false if it was already closed. */
    boolean close(long pollId, Instant now);

    /** A poll as a list names it. */
    record Listed(long id, String title, boolean closed) {
    }

    /** The community's polls, newest first, at most {@code limit}. */
    List<Listed> latest(long communityId, int limit);

    /** Records the event posted for the poll; false if one was already recorded. */
    boolean recordEvent(long pollId, long eventId);
}
