package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.convene.core.domain.Community;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.port.ScheduleRepository;

/** The timed-message queries in PostgreSQL, each lead read from the event's community. */
public final class JdbcScheduleRepository implements ScheduleRepository {

    private static final String DUE = """
            select e.* from event e join meetup_group g on g.id = e.group_id join community c on c.id = g.community_id
            where e.status = 'SCHEDULED' and not g.archived and e.starts_at > ?
              and e.starts_at - make_interval(mins => c.%1$s) <= ? %2$s
            order by e.starts_at""";

    private final Jdbc jdbc;
    private final JdbcEventRepository events;

    @Inject
    public JdbcScheduleRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.events = new JdbcEventRepository(jdbc);
    }

    @Override
    public List<Event> dueForLinkReveal(Instant now) {
        return due("link_reveal_minutes", "and e.private_link is not null", now);
    }

    @Override
    public List<Event> dueForChannelReminder(Instant now) {
        return due("channel_reminder_minutes",
                "and e.created_at < e.starts_at - make_interval(mins => c.channel_reminder_minutes)", now);
    }

    @Override
    public List<Event> dueForMemberReminder(Instant now) {
        return due("member_reminder_minutes",
                "and e.created_at < e.starts_at - make_interval(mins => c.member_reminder_minutes)", now);
    }

    private List<Event> due(String lead, String condition, Instant now) {
        return jdbc.list(DUE.formatted(lead, condition), JdbcEventRepository.EVENT, now, now);
    }

    @Override
    public List<Community> communities() {
        return jdbc.list("select * from community order by id", JdbcCommunityRepository.COMMUNITY);
    }

    @Override
    public List<SeriesTail> seriesEndingBefore(Instant horizon) {
        return jdbc.list("""
                select s.id, s.rule, s.time_zone, first.starts_at as first_start, last.occurrence as last_index,
                       last.id as last_id
                from series s
                join event first on first.series_id = s.id and first.occurrence = 0
                join lateral (select * from event where series_id = s.id order by occurrence desc limit 1) last on true
                join meetup_group g on g.id = s.group_id
                where last.starts_at < ? and last.status = 'SCHEDULED' and not g.archived""",
                row -> new SeriesTail(row.getLong("id"), Recurrence.valueOf(row.getString("rule")),
                        Rows.instant(row, "first_start").atZone(ZoneId.of(row.getString("time_zone"))),
                        row.getInt("last_index"), events.byId(row.getLong("last_id")).orElseThrow()), horizon);
    }
}
