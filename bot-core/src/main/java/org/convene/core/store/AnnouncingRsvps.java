package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatMove;
import org.convene.core.port.AnswerBatches;
import org.convene.core.port.SeatMoves;

/**
 * The two ways answers are written (one member's seat move, a batch of answers), each telling every instance's
 * caches of what pages show of the write.
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
                applied.ifPresent(done -> cache.contentChangedOnWrite(jdbc));
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
            public Optional<Locked> joinAndLock(long eventId, List<Joining> joining, Collection<Long> memberIds,
                                                boolean everyone, Instant now) {
                return store.joinAndLock(eventId, joining, memberIds, everyone, now);
            }

            @Override
            public long writeAndCommit(long eventId, long version, long communityId, int seatsTaken,
                                       List<Rsvp> rsvps, long groupId, Collection<Long> leaving, Instant now) {
                long written = store.writeAndCommit(eventId, version, communityId, seatsTaken, rsvps, groupId,
                        leaving, now);
                cache.contentChangedOnWrite(jdbc);
                return written;
            }

            @Override
            public OptionalLong writeIfAt(long eventId, long version, long communityId, int seatsTaken,
                                          Collection<Long> joining, List<Rsvp> rsvps, Instant now) {
                OptionalLong written = store.writeIfAt(eventId, version, communityId, seatsTaken, joining, rsvps,
                        now);
                if (written.isPresent()) {
                    cache.contentChangedOnWrite(jdbc);
                }
                return written;
            }
        };
    }
}
