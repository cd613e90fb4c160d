package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatMove;
import org.convene.core.port.AnswerBatches;
import org.convene.core.port.SeatMoves;

/**
 * The two ways answers are written (one member's seat move, a batch of answers), each telling every instance's
 * caches of read data (public pages among them) of the write.
 */
public final class AnnouncingRsvps {

    private AnnouncingRsvps() {
    }

    /** {@code store}'s seat moves, announcing each applied move. */
    public static SeatMoves seatMoves(SeatMoves store, HotReads cache, Jdbc jdbc) {
        requireNonNull(store, "store");
        requireNonNull(cache, "cache");
        requireNonNull(jdbc, "jdbc");
        return new SeatMoves() {
            @Override
            public Optional<Seen> read(long eventId, long memberId) {
                return store.read(eventId, memberId);
            }

            @Override
            public Optional<Applied> apply(Event seenEvent, SeatMove move, boolean joinGroup, Instant now) {
                Optional<Applied> applied = store.apply(seenEvent, move, joinGroup, now);
                applied.ifPresent(done -> cache.invalidateOnWrite(jdbc));
                return applied;
            }
        };
    }

    /** {@code store}'s answer batches, announcing each write. */
    public static AnswerBatches answerBatches(AnswerBatches store, HotReads cache, Jdbc jdbc) {
        requireNonNull(store, "store");
        requireNonNull(cache, "cache");
        requireNonNull(jdbc, "jdbc");
        return new AnswerBatches() {
            @Override
            public Set<Long> join(long eventId, long communityId, Collection<Long> memberIds, Instant now) {
                return store.join(eventId, communityId, memberIds, now);
            }

            @Override
            public Optional<Locked> lock(long eventId, Collection<Long> memberIds) {
                return store.lock(eventId, memberIds);
            }

            @Override
            public void write(long eventId, int seatsTaken, List<Rsvp> rsvps, long groupId,
                              Collection<Long> leaving, Instant now) {
                store.write(eventId, seatsTaken, rsvps, groupId, leaving, now);
                cache.invalidateOnWrite(jdbc);
            }
        };
    }
}
