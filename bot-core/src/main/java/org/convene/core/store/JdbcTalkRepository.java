package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.core.port.TalkRepository;
import org.convene.core.talk.OfferState;
import org.convene.core.talk.TalkCall;
import org.convene.core.talk.TalkOffer;
import org.convene.core.talk.TalkSlot;

/**
 * Talk slots and offers in PostgreSQL. A slot is stored as minutes after its event's start, so it moves with the
 * event. A partial unique index keeps one accepted offer per slot, whatever the callers do; the use cases serialize
 * their changes on the event's row lock.
 */
public final class JdbcTalkRepository implements TalkRepository {

    private static final RowMapper<TalkSlot> SLOT = row -> new TalkSlot(row.getLong("id"), row.getLong("event_id"),
            row.getInt("position"), row.getString("name"), Rows.instant(row, "starts_at"), row.getInt("minutes"));
    private static final RowMapper<TalkOffer> OFFER = row -> new TalkOffer(row.getLong("id"),
            row.getLong("event_id"), row.getLong("slot_id"), row.getLong("member_id"), row.getString("title"),
            row.getString("description"), OfferState.valueOf(row.getString("state")), row.getString("reason"),
            Rows.instant(row, "offered_at"));

    private final Jdbc jdbc;

    @Inject
    public JdbcTalkRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<TalkCall> call(long eventId) {
        return jdbc.one("select auto_accept from talk_call where event_id = ?", row -> row.getBoolean(1), eventId)
                .map(auto -> new TalkCall(eventId, auto,
                        jdbc.list("""
                                select s.*, e.starts_at + make_interval(mins => s.offset_minutes) as starts_at
                                from talk_slot s join event e on e.id = s.event_id
                                where s.event_id = ? order by s.position""", SLOT, eventId)));
    }

    @Override
    public Map<Long, TalkCall> calls(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Boolean> autoAccept = new LinkedHashMap<>();
        Map<Long, List<TalkSlot>> slots = new HashMap<>();
        jdbc.list("""
                select c.event_id as call_event_id, c.auto_accept, s.*,
                       e.starts_at + make_interval(mins => s.offset_minutes) as starts_at
                from talk_call c
                join event e on e.id = c.event_id
                left join talk_slot s on s.event_id = c.event_id
                where c.event_id = any(?) order by c.event_id, s.position""", row -> {
            long eventId = row.getLong("call_event_id");
            autoAccept.put(eventId, row.getBoolean("auto_accept"));
            List<TalkSlot> ofEvent = slots.computeIfAbsent(eventId, id -> new ArrayList<>());
            row.getLong("id");
            if (!row.wasNull()) {
                ofEvent.add(SLOT.map(row));
            }
            return eventId;
        }, (Object) eventIds.toArray(Long[]::new));
        Map<Long, TalkCall> calls = new LinkedHashMap<>();
        autoAccept.forEach((eventId, auto) -> calls.put(eventId, new TalkCall(eventId, auto, slots.get(eventId))));
        return calls;
    }

    @Override
    public void open(long eventId, boolean autoAccept, List<TalkSlot> slots, Instant now) {
        jdbc.inTransaction(() -> {
            close(eventId);
            jdbc.update("insert into talk_call (event_id, auto_accept, opened_at) values (?, ?, ?)", eventId,
                    autoAccept, now);
            for (TalkSlot slot : slots) {
                jdbc.update("""
                        insert into talk_slot (event_id, position, name, offset_minutes, minutes)
                        select ?, ?, ?, (extract(epoch from (?::timestamptz - starts_at)) / 60)::int, ?
                        from event where id = ?""", eventId, slot.position(), slot.name(), slot.startsAt(),
                        slot.minutes(), eventId);
            }
        });
    }

    @Override
    public void close(long eventId) {
        jdbc.update("delete from talk_call where event_id = ?", eventId);
    }

    @Override
    public List<TalkOffer> offers(long eventId) {
        return jdbc.list("select * from talk_offer where event_id = ? order by id", OFFER, eventId);
    }

    @Override
    public List<TalkOffer> offers(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list("select * from talk_offer where event_id = any(?) order by id", OFFER,
                (Object) eventIds.toArray(Long[]::new));
    }

    @Override
    public Optional<TalkOffer> offer(long offerId) {
        return jdbc.one("select * from talk_offer where id = ?", OFFER, offerId);
    }

    @Override
    public TalkOffer add(long eventId, long slotId, long memberId, String title, String description,
                         OfferState state, Instant now) {
        long id = jdbc.insert("""
                insert into talk_offer (event_id, slot_id, member_id, title, description, state, offered_at,
                    decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", eventId, slotId, memberId, title, description,
                state, now, state == OfferState.PENDING ? null : now);
        return new TalkOffer(id, eventId, slotId, memberId, title, description, state, null, now);
    }

    @Override
    public void decide(long offerId, OfferState state, String reason, Instant now) {
        jdbc.update("update talk_offer set state = ?, reason = ?, decided_at = ? where id = ?", state, reason, now,
                offerId);
    }
}
