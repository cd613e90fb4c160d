package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.AnswerBatches;

/**
 * A batch of answers in three round trips before the commit: the group memberships in one insert of an array; the
 * event's lock and the RSVPs the ledger needs in two statements sent together; and the seat count, the RSVPs and the
 * memberships to take back in one statement of arrays.
 */
public final class JdbcAnswerBatches implements AnswerBatches {

    private final Jdbc jdbc;

    @Inject
    public JdbcAnswerBatches(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Set<Long> join(long eventId, long communityId, Collection<Long> memberIds, Instant now) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.list("""
                insert into group_membership (group_id, member_id, joined_at)
                select e.group_id, m, ? from event e join meetup_group g on g.id = e.group_id,
                    unnest(?::bigint[]) m
                where e.id = ? and g.community_id = ? order by m
                on conflict do nothing returning member_id""", row -> row.getLong(1),
                now, memberIds.toArray(Long[]::new), eventId, communityId));
    }

    @Override
    public Optional<Locked> lock(long eventId, Collection<Long> memberIds) {
        // Two statements in one round trip: the second reads with a snapshot taken after the first got the lock.
        List<List<?>> rows = jdbc.pipelined("""
                select * from event where id = ? for update;
                select * from rsvp
                where event_id = ? and (member_id = any(?::bigint[]) or waitlist_order is not null)""",
                List.of(JdbcEventRepository.EVENT, JdbcRsvpRepository.RSVP),
                eventId, eventId, memberIds.toArray(Long[]::new));
        return rows.getFirst().stream().map(Event.class::cast).findFirst()
                .map(event -> new Locked(event, rows.get(1).stream().map(Rsvp.class::cast).toList()));
    }

    @Override
    public void write(long eventId, int seatsTaken, List<Rsvp> rsvps, long groupId, Collection<Long> leaving,
                      Instant now) {
        jdbc.update("""
                with seats as (update event set seats_taken = ?, updated_at = ? where id = ?),
                     taken_back as (delete from group_membership where group_id = ? and member_id = any(?::bigint[]))
                insert into rsvp (event_id, member_id, answer, guests, state, waitlist_order, responded_at)
                select ?, r.member_id, r.answer, r.guests, r.state, r.waitlist_order, r.responded_at::timestamptz
                from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[]) with ordinality
                    as r(member_id, answer, guests, state, waitlist_order, responded_at, position)
                order by r.position
                on conflict (event_id, member_id) do update set answer = excluded.answer,
                    guests = excluded.guests, state = excluded.state, waitlist_order = excluded.waitlist_order,
                    responded_at = excluded.responded_at""",
                seatsTaken, now, eventId, groupId, leaving.toArray(Long[]::new), eventId,
                rsvps.stream().map(Rsvp::memberId).toArray(Long[]::new),
                rsvps.stream().map(rsvp -> rsvp.answer().name()).toArray(String[]::new),
                rsvps.stream().map(rsvp -> (long) rsvp.guests()).toArray(Long[]::new),
                rsvps.stream().map(rsvp -> rsvp.state().name()).toArray(String[]::new),
                rsvps.stream().map(Rsvp::waitlistOrder).toArray(Long[]::new),
                rsvps.stream().map(rsvp -> rsvp.respondedAt().toString()).toArray(String[]::new));
    }
}
