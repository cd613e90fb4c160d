package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatMove;
import org.convene.core.port.SeatMoves;

/**
 * The read is one join of the event and the member's RSVP; the write is one call of the {@code apply_answer}
 * function (migration V3, called through {@code apply_answer_versioned} of V15, which gives the event its new ledger
 * version once), which locks the event's row, checks the premises and writes the RSVP, the seat count and
 * the group membership, so the lock is held only inside the server. Inside a caller's transaction nothing is applied
 * here (a failed premise would abort that transaction): such answers take the locked path.
 */
public final class JdbcSeatMoves implements SeatMoves {

    /** The SQLSTATE {@code apply_answer} raises, undoing itself, when a premise no longer holds. */
    static final String STALE = "CV001";

    private static final RowMapper<Seen> SEEN = row -> new Seen(JdbcEventRepository.EVENT.map(row),
            row.getObject("member_id") == null ? null : JdbcRsvpRepository.RSVP.map(row));

    private static final RowMapper<Applied> APPLIED = row -> new Applied(row.getInt("seats_taken"),
            Rows.longValue(row, "waitlist_order"), row.getInt("waitlist_position"));

    private final Jdbc jdbc;

    @Inject
    public JdbcSeatMoves(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Seen> read(long eventId, long memberId) {
        return jdbc.one("""
                select e.*, r.event_id, r.member_id, r.answer, r.guests, r.state, r.waitlist_order, r.responded_at
                from event e left join rsvp r on r.event_id = e.id and r.member_id = ?
                where e.id = ?""", SEEN, memberId, eventId);
    }

    @Override
    public Optional<Applied> apply(Event seenEvent, SeatMove move, boolean joinGroup, Instant now) {
        if (jdbc.transactionOpen()) {
            return Optional.empty();
        }
        try {
            return call(seenEvent, move, joinGroup, now);
        } catch (StoreException failure) {
            if (STALE.equals(failure.sqlState())) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    private Optional<Applied> call(Event seenEvent, SeatMove move, boolean joinGroup, Instant now) {
        Rsvp previous = move.previous();
        Rsvp next = move.next();
        return jdbc.one("""
                select seats_taken, waitlist_order, waitlist_position from apply_answer_versioned(?, ?,
                    ?::text, ?::timestamptz, ?::int, ?::int, ?::timestamptz,
                    ?::boolean, ?::text, ?::int, ?::text, ?::bigint, ?::timestamptz,
                    ?::text, ?::int, ?::text, ?::int, ?::text, ?::boolean, ?::timestamptz)""", APPLIED,
                seenEvent.id(), next.memberId(),
                seenEvent.status(), seenEvent.startsAt(), seenEvent.capacity(), seenEvent.guestLimit(),
                seenEvent.rsvpDeadline(),
                previous != null, previous == null ? null : previous.answer(),
                previous == null ? null : previous.guests(), previous == null ? null : previous.state(),
                previous == null ? null : previous.waitlistOrder(), previous == null ? null : previous.respondedAt(),
                next.answer(), next.guests(), next.state(), move.seatDelta(), move.premise(), joinGroup, now);
    }
}
