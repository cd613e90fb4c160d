package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.port.AttendanceRepository;

/** Attendance in PostgreSQL (migration V13): one sheet per event, one check-in per member and event. */
public final class JdbcAttendanceRepository implements AttendanceRepository {

    private static final RowMapper<Sheet> SHEET = row -> new Sheet(row.getLong("event_id"), row.getString("code"),
            Rows.instant(row, "closed_at"));

    private final Jdbc jdbc;

    @Inject
    public JdbcAttendanceRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Sheet> sheet(long eventId) {
        return jdbc.one("select * from attendance_sheet where event_id = ?", SHEET, eventId);
    }

    @Override
    public Sheet sheetOrNew(long eventId, String code) {
        jdbc.update("insert into attendance_sheet (event_id, code) values (?, ?) on conflict do nothing",
                eventId, code);
        return sheet(eventId).orElseThrow();
    }

    @Override
    public Sheet replaceCode(long eventId, String code) {
        return jdbc.one("""
                insert into attendance_sheet (event_id, code) values (?, ?)
                on conflict (event_id) do update set code = excluded.code returning *""", SHEET, eventId, code)
                .orElseThrow();
    }

    @Override
    public Sheet close(long eventId, String code, Instant at) {
        return jdbc.one("""
                insert into attendance_sheet (event_id, code, closed_at) values (?, ?, ?)
                on conflict (event_id) do update
                set closed_at = coalesce(attendance_sheet.closed_at, excluded.closed_at) returning *""", SHEET,
                eventId, code, at).orElseThrow();
    }

    @Override
    public boolean checkIn(long eventId, long memberId, Instant at, Long markedBy) {
        return jdbc.update("""
                insert into check_in (event_id, member_id, checked_in_at, marked_by) values (?, ?, ?, ?)
                on conflict do nothing""", eventId, memberId, at, markedBy) > 0;
    }

    @Override
    public boolean uncheck(long eventId, long memberId) {
        return jdbc.update("delete from check_in where event_id = ? and member_id = ?", eventId, memberId) > 0;
    }

    @Override
    public List<CheckIn> checkIns(long eventId) {
        return jdbc.list("select * from check_in where event_id = ? order by checked_in_at, member_id",
                row -> new CheckIn(row.getLong("member_id"), Rows.instant(row, "checked_in_at"),
                        Rows.longValue(row, "marked_by")), eventId);
    }

    @Override
    public List<Entry> recordOf(long memberId, Instant now, Instant since) {
        return jdbc.list("""
                select e.id, e.title, e.starts_at, c.member_id is not null as came,
                    c.member_id is null and s.closed_at is not null and r.state = 'CONFIRMED'
                        and e.starts_at > ? as no_show
                from event e
                left join rsvp r on r.event_id = e.id and r.member_id = ?
                left join check_in c on c.event_id = e.id and c.member_id = ?
                left join attendance_sheet s on s.event_id = e.id
                where e.starts_at < ? and e.status = 'SCHEDULED'
                  and (c.member_id is not null or (r.state = 'CONFIRMED' and s.closed_at is not null))
                order by e.starts_at desc, e.id desc""",
                row -> new Entry(row.getLong("id"), row.getString("title"), Rows.instant(row, "starts_at"),
                        row.getBoolean("came"), row.getBoolean("no_show")), since, memberId, memberId, now);
    }

    @Override
    public Optional<Integer> expiryDays(long communityId) {
        return jdbc.one("select noshow_expiry_days from community_attendance where community_id = ?",
                row -> row.getInt(1), communityId);
    }

    @Override
    public void setExpiryDays(long communityId, int days) {
        jdbc.update("""
                insert into community_attendance (community_id, noshow_expiry_days) values (?, ?)
                on conflict (community_id) do update set noshow_expiry_days = excluded.noshow_expiry_days""",
                communityId, days);
    }

    @Override
    public void setNoShowsBehind(long eventId, boolean behind) {
        jdbc.update("update event set noshows_behind = ? where id = ?", behind, eventId);
    }


    @Override
    public int answers(long eventId) {
        return jdbc.one("select count(*) from rsvp where event_id = ?", row -> row.getInt(1), eventId).orElse(0);
    }
}
