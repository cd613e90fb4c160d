package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.DatePoll;
import org.convene.core.port.PollRepository;

/** Date polls in PostgreSQL: a vote is a row, so each member counts once per date whatever the concurrency. */
public final class JdbcPollRepository implements PollRepository {

    private record Head(long id, long groupId, String title, Duration length, String venue, Instant closedAt,
                        Long eventId) {
    }

    private static final RowMapper<Head> HEAD = row -> new Head(row.getLong("id"), row.getLong("group_id"),
            row.getString("title"), Duration.ofMinutes(row.getInt("length_minutes")), row.getString("venue"),
            Rows.instant(row, "closed_at"), Rows.longValue(row, "event_id"));
    private static final RowMapper<DatePoll.PollOption> OPTION = row -> new DatePoll.PollOption(
            row.getInt("position"), Rows.instant(row, "starts_at"), row.getInt("votes"));

    private final Jdbc jdbc;

    @Inject
    public JdbcPollRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public DatePoll create(long groupId, String title, Duration length, String venue, List<Instant> dates,
                           long createdBy, Instant now) {
        return jdbc.inTransaction(() -> {
            long id = jdbc.insert("""
                    insert into date_poll (group_id, title, length_minutes, venue, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?) returning id""", groupId, title, (int) length.toMinutes(), venue,
                    createdBy, now);
            for (int index = 0; index < dates.size(); index++) {
                jdbc.update("insert into date_poll_option (poll_id, position, starts_at) values (?, ?, ?)", id,
                        index + 1, dates.get(index));
            }
            return byId(id).orElseThrow();
        });
    }

    @Override
    public Optional<DatePoll> byId(long pollId) {
        return read("select * from date_poll where id = ?", pollId);
    }

    @Override
    public Optional<DatePoll> lockForVote(long pollId) {
        return read("select * from date_poll where id = ? for share", pollId);
    }

    @Override
    public Optional<DatePoll> lockForUpdate(long pollId) {
        return read("select * from date_poll where id = ? for update", pollId);
    }

    private Optional<DatePoll> read(String sql, long pollId) {
        return jdbc.one(sql, HEAD, pollId).map(head -> new DatePoll(head.id(), head.groupId(), head.title(),
                head.length(), head.venue(), head.closedAt(), head.eventId(), jdbc.list("""
                        select o.position, o.starts_at, count(v.member_id)::int as votes
                        from date_poll_option o
                        left join date_poll_vote v on v.poll_id = o.poll_id and v.position = o.position
                        where o.poll_id = ? group by o.position, o.starts_at order by o.position""", OPTION,
                pollId)));
    }

    @Override
    public boolean toggle(long pollId, int position, long memberId, Instant now) {
        int removed = jdbc.update("delete from date_poll_vote where poll_id = ? and position = ? and member_id = ?",
                pollId, position, memberId);
        if (removed > 0) {
            return false;
        }
        jdbc.update("""
                insert into date_poll_vote (poll_id, position, member_id, voted_at) values (?, ?, ?, ?)
                on conflict do nothing""", pollId, position, memberId, now);
        return true;
    }

    @Override
    public Set<Integer> votesOf(long pollId, long memberId) {
        return new HashSet<>(jdbc.list("select position from date_poll_vote where poll_id = ? and member_id = ?",
                row -> row.getInt(1), pollId, memberId));
    }

    @Override
    public List<Long> voters(long pollId) {
        return jdbc.list("select distinct member_id from date_poll_vote where poll_id = ? order by member_id",
                row -> row.getLong(1), pollId);
    }

    @Override
    public boolean close(long pollId, Instant now) {
        return jdbc.update("update date_poll set closed_at = ? where id = ? and closed_at is null", now, pollId) > 0;
    }

    @Override
    public List<Listed> latest(long communityId, int limit) {
        return jdbc.list("""
                select p.id, p.title, p.closed_at is not null as closed
                from date_poll p join meetup_group g on g.id = p.group_id
                where g.community_id = ? order by p.id desc limit ?""",
                row -> new Listed(row.getLong("id"), row.getString("title"), row.getBoolean("closed")), communityId,
                limit);
    }

    @Override
    public boolean recordEvent(long pollId, long eventId) {
        return jdbc.update("update date_poll set event_id = ? where id = ? and event_id is null", eventId,
                pollId) > 0;
    }
}
