package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.AnswerBatches;

/**
 * A batch of answers in two round trips: the group memberships (one insert of arrays), the event's lock and what the
 * ledger needs, in statements sent together; then the memberships to take back and one call of {@code apply_answers}
 * (the seat count and the RSVPs, as arrays), sent with the commit. Or a batch decided on a remembered ledger, in that
 * one call alone, which checks the event's ledger version under the lock.
 */
public final class JdbcAnswerBatches implements AnswerBatches {

    private static final RowMapper<Long> MEMBER_ID = row -> row.getLong(1);
    private static final RowMapper<Long> VERSION = row -> row.getLong(1);
    private static final String APPLY_ANSWERS = """
            select apply_answers(?, ?, ?, ?, ?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::bigint[],
                ?::timestamptz[], ?)""";
    private static final RowMapper<String> VERSIONED = row -> row.getString(1);
    private static final RowMapper<EventAtVersion> EVENT_AT_VERSION = row -> new EventAtVersion(
            JdbcEventRepository.EVENT.map(row), row.getLong("ledger_version"));

    private record EventAtVersion(Event event, long version) {
    }

    private final Jdbc jdbc;

    @Inject
    public JdbcAnswerBatches(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Locked> joinAndLock(long eventId, List<Joining> joining, Collection<Long> memberIds,
                                        boolean everyone, Instant now) {
        // One round trip; the memberships are written before the lock is taken, as apply_answer does, and each later
        // statement reads with a snapshot taken after the one before it (so after the lock was granted).
        List<List<?>> rows = jdbc.pipelined("""
                select set_config('convene.versioned_event', ?::text, true);
                insert into group_membership (group_id, member_id, joined_at)
                select e.group_id, j.member_id, ? from event e join meetup_group g on g.id = e.group_id,
                    unnest(?::bigint[], ?::bigint[]) as j(member_id, community_id)
                where e.id = ? and g.community_id = j.community_id order by j.member_id
                on conflict do nothing returning member_id;
                select * from event where id = ? for update;
                select g.* from meetup_group g join event e on e.group_id = g.id where e.id = ?;
                select * from rsvp
                where event_id = ? and (member_id = any(?::bigint[]) or waitlist_order is not null or ?)""",
                List.of(VERSIONED, MEMBER_ID, EVENT_AT_VERSION, JdbcGroupRepository.GROUP,
                        JdbcRsvpRepository.RSVP),
                Long.toString(eventId), now, joining.stream().map(Joining::memberId).toArray(Long[]::new),
                joining.stream().map(Joining::communityId).toArray(Long[]::new), eventId,
                eventId, eventId, eventId, memberIds.toArray(Long[]::new), everyone);
        if (rows.get(2).isEmpty() || rows.get(3).isEmpty()) {
            return Optional.empty();
        }
        EventAtVersion event = (EventAtVersion) rows.get(2).getFirst();
        return Optional.of(new Locked(event.event(), event.version(), (Group) rows.get(3).getFirst(),
                rows.get(4).stream().map(Rsvp.class::cast).toList(),
                rows.get(1).stream().map(Long.class::cast).collect(Collectors.toSet())));
    }

    @Override
    public long writeAndCommit(long eventId, long version, long communityId, int seatsTaken, List<Rsvp> rsvps,
                               long groupId, Collection<Long> leaving, Instant now) {
        List<Object> arguments = new ArrayList<>(List.of(groupId, leaving.toArray(Long[]::new)));
        arguments.addAll(applyAnswers(eventId, version, communityId, seatsTaken, List.of(), rsvps, now));
        return jdbc.oneAndCommit("""
                with taken_back as (delete from group_membership where group_id = ? and member_id = any(?::bigint[]))
                """ + APPLY_ANSWERS, VERSION, arguments.toArray());
    }

    @Override
    public OptionalLong writeIfAt(long eventId, long version, long communityId, int seatsTaken,
                                  Collection<Long> joining, List<Rsvp> rsvps, Instant now) {
        try {
            return OptionalLong.of(jdbc.one(APPLY_ANSWERS, VERSION,
                    applyAnswers(eventId, version, communityId, seatsTaken, joining, rsvps, now).toArray())
                    .orElseThrow());
        } catch (StoreException failure) {
            if (JdbcSeatMoves.STALE.equals(failure.sqlState())) {
                return OptionalLong.empty();
            }
            throw failure;
        }
    }

    /** The arguments of {@link #APPLY_ANSWERS}, the RSVPs as one array per column. */
    private static List<Object> applyAnswers(long eventId, long version, long communityId, int seatsTaken,
                                             Collection<Long> joining, List<Rsvp> rsvps, Instant now) {
        return List.of(eventId, version, communityId, seatsTaken, joining.toArray(Long[]::new),
                rsvps.stream().map(Rsvp::memberId).toArray(Long[]::new),
                rsvps.stream().map(rsvp -> rsvp.answer().name()).toArray(String[]::new),
                rsvps.stream().map(rsvp -> (long) rsvp.guests()).toArray(Long[]::new),
                rsvps.stream().map(rsvp -> rsvp.state().name()).toArray(String[]::new),
                rsvps.stream().map(Rsvp::waitlistOrder).toArray(Long[]::new),
                rsvps.stream().map(rsvp -> rsvp.respondedAt().toString()).toArray(String[]::new), now);
    }
}
