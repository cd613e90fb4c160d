package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.port.RsvpRepository;

/** RSVPs in PostgreSQL; the primary key (event, member) makes a second RSVP of one member impossible. */
public final class JdbcRsvpRepository implements RsvpRepository {

    static final RowMapper<Rsvp> RSVP = row -> new Rsvp(row.getLong("event_id"), row.getLong("member_id"),
            Answer.valueOf(row.getString("answer")), row.getInt("guests"), RsvpState.valueOf(row.getString("state")),
            Rows.longValue(row, "waitlist_order"), Rows.instant(row, "responded_at"));

    private final Jdbc jdbc;

    @Inject
    public JdbcRsvpRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public List<Rsvp> forEvent(long eventId) {
        return jdbc.list("select * from rsvp where event_id = ? order by responded_at, member_id", RSVP, eventId);
    }

    @Override
    public Optional<Rsvp> find(long eventId, long memberId) {
        return jdbc.one("select * from rsvp where event_id = ? and member_id = ?", RSVP, eventId, memberId);
    }

    @Override
    public void saveAll(Collection<Rsvp> rsvps) {
        for (Rsvp rsvp : rsvps) {
            jdbc.update("""
                    insert into rsvp (event_id, member_id, answer, guests, state, waitlist_order, responded_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (event_id, member_id) do update set answer = excluded.answer,
                        guests = excluded.guests, state = excluded.state, waitlist_order = excluded.waitlist_order,
                        responded_at = excluded.responded_at""",
                    rsvp.eventId(), rsvp.memberId(), rsvp.answer(), rsvp.guests(), rsvp.state(),
                    rsvp.waitlistOrder(), rsvp.respondedAt());
        }
    }

    @Override
    public List<Rsvp> upcomingOf(long memberId, Instant from) {
        return jdbc.list("""
                select r.* from rsvp r join event e on e.id = r.event_id
                where r.member_id = ? and e.ends_at > ? and e.status = 'SCHEDULED' and r.answer <> 'NOT_GOING'
                order by e.starts_at""", RSVP, memberId, from);
    }

    @Override
    public List<Long> eventIdsOf(long memberId) {
        return jdbc.list("select event_id from rsvp where member_id = ? order by event_id", row -> row.getLong(1),
                memberId);
    }

    @Override
    public List<Rsvp> waitlist(long eventId) {
        return jdbc.list("""
                select * from rsvp where event_id = ? and waitlist_order is not null order by waitlist_order""",
                RSVP, eventId);
    }

    @Override
    public int waitlistAhead(long eventId, long waitlistOrder) {
        return jdbc.one("""
                select count(*) from rsvp where event_id = ? and waitlist_order is not null and waitlist_order < ?""",
                row -> row.getInt(1), eventId, waitlistOrder).orElse(0);
    }

    @Override
    public int waitlistLength(long eventId) {
        return jdbc.one("select count(*) from rsvp where event_id = ? and waitlist_order is not null",
                row -> row.getInt(1), eventId).orElse(0);
    }
}
