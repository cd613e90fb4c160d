package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.EventStatus;
import org.convene.core.domain.Recurrence;
import org.convene.core.port.EventRepository;

/** Events and series in PostgreSQL. */
public final class JdbcEventRepository implements EventRepository {

    static final RowMapper<Event> EVENT = row -> new Event(
            row.getLong("id"), row.getLong("group_id"), Rows.longValue(row, "series_id"),
            row.getString("title"), row.getString("description"),
            Rows.instant(row, "starts_at"), Rows.instant(row, "ends_at"), ZoneId.of(row.getString("time_zone")),
            row.getString("venue"), row.getString("online_url"), row.getString("private_link"),
            Rows.integer(row, "capacity"), row.getInt("guest_limit"), Rows.instant(row, "rsvp_deadline"),
            EventStatus.valueOf(row.getString("status")), row.getString("cancel_reason"), row.getInt("seats_taken"),
            row.getBoolean("noshows_behind"));

    private final Jdbc jdbc;

    @Inject
    public JdbcEventRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Event create(Event event, Long createdBy, Integer occurrence, Instant now) {
        long id = jdbc.insert("""
                insert into event (group_id, series_id, occurrence, title, description, starts_at, ends_at, time_zone,
                    venue, online_url, private_link, capacity, guest_limit, rsvp_deadline, status, cancel_reason,
                    seats_taken, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                event.groupId(), event.seriesId(), occurrence, event.title(), event.description(), event.startsAt(),
                event.endsAt(), event.zone(), event.venue(), event.onlineUrl(), event.privateLink(), event.capacity(),
                event.guestLimit(), event.rsvpDeadline(), event.status(), event.cancelReason(), event.seatsTaken(),
                createdBy, now, now);
        return byId(id).orElseThrow();
    }

    @Override
    public void update(Event event, Instant now) {
        jdbc.update("""
                update event set title = ?, description = ?, starts_at = ?, ends_at = ?, time_zone = ?, venue = ?,
                    online_url = ?, private_link = ?, capacity = ?, guest_limit = ?, rsvp_deadline = ?, status = ?,
                    cancel_reason = ?, seats_taken = ?, updated_at = ?
                where id = ?""",
                event.title(), event.description(), event.startsAt(), event.endsAt(), event.zone(), event.venue(),
                event.onlineUrl(), event.privateLink(), event.capacity(), event.guestLimit(), event.rsvpDeadline(),
                event.status(), event.cancelReason(), event.seatsTaken(), now, event.id());
    }

    @Override
    public Optional<Event> byId(long eventId) {
        return jdbc.one("select * from event where id = ?", EVENT, eventId);
    }

    @Override
    public Optional<Event> lockById(long eventId) {
        return jdbc.one("select * from event where id = ? for update", EVENT, eventId);
    }

    @Override
    public List<Event> upcoming(long communityId, Long groupId, Instant from, int limit, int offset) {
        return jdbc.list("""
                select e.* from event e join meetup_group g on g.id = e.group_id
                where g.community_id = ? and (?::bigint is null or e.group_id = ?) and e.ends_at > ?
                  and e.status = 'SCHEDULED' and not g.archived
                order by e.starts_at, e.id limit ? offset ?""",
                EVENT, communityId, groupId, groupId, from, limit, offset);
    }

    @Override
    public List<Event> search(long communityId, String idPrefix, List<String> words, Instant from, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(communityId, from));
        StringBuilder matches = new StringBuilder(words.isEmpty() && idPrefix != null ? "false" : "true");
        for (String word : words) {
            matches.append(" and (e.title ilike ? or g.slug ilike ? or g.name ilike ?)");
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.addAll(List.of(pattern, pattern, pattern));
        }
        parameters.add(idPrefix == null ? "" : idPrefix + "%");
        parameters.add(limit);
        return jdbc.list("""
                select e.* from event e join meetup_group g on g.id = e.group_id
                where g.community_id = ? and e.ends_at > ? and e.status = 'SCHEDULED' and not g.archived
                  and ((%s) or e.id::text like ?)
                order by e.starts_at, e.id limit ?""".formatted(matches), EVENT, parameters.toArray());
    }

    @Override
    public List<Event> upcomingInSeries(long seriesId, Instant from) {
        return jdbc.list("select * from event where series_id = ? and starts_at >= ? order by starts_at", EVENT,
                seriesId, from);
    }

    @Override
    public long createSeries(long groupId, Recurrence rule, LocalTime localTime, ZoneId zone, Instant now) {
        return jdbc.insert("""
                insert into series (group_id, rule, local_time, time_zone, created_at) values (?, ?, ?, ?, ?)
                returning id""", groupId, rule, localTime, zone, now);
    }
}
