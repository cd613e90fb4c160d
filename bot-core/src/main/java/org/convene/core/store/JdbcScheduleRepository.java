package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Community;
import org.convene.core.domain.Recurrence;
import org.convene.core.domain.SeriesTemplate;
import org.convene.core.port.ScheduleRepository;

/**
 * The planner's store in PostgreSQL. Due events are found per kind of message by a range of start times (the
 * community's lead after the stretch of time asked about), so a query costs what became due, not what is upcoming.
 */
public final class JdbcScheduleRepository implements ScheduleRepository {

    private static final String DUE = """
            select e.*, k.timed from community c
            join meetup_group g on g.community_id = c.id and not g.archived
            cross join lateral (values ('PRIVATE_LINK', c.link_reveal_minutes),
                ('CHANNEL_REMINDER', c.channel_reminder_minutes),
                ('MEMBER_REMINDER', c.member_reminder_minutes)) k (timed, lead_minutes)
            join event e on e.group_id = g.id
            where e.status = 'SCHEDULED' and e.starts_at > ?::timestamptz
              and e.starts_at <= ?::timestamptz + make_interval(mins => k.lead_minutes)
              and e.starts_at > ?::timestamptz + make_interval(mins => k.lead_minutes)
              and case when k.timed = 'PRIVATE_LINK' then e.private_link is not null
                  else e.created_at < e.starts_at - make_interval(mins => k.lead_minutes) end
              %s
            order by e.starts_at, e.id, k.timed""";

    private static final RowMapper<Due> DUE_ROW = row -> new Due(JdbcEventRepository.EVENT.map(row),
            Timed.valueOf(row.getString("timed")));

    private static final RowMapper<SeriesPlan> SERIES = row -> {
        ZoneId zone = ZoneId.of(row.getString("time_zone"));
        Long deadlineLead = Rows.longValue(row, "deadline_lead_seconds");
        return new SeriesPlan(row.getLong("id"), row.getLong("group_id"), Recurrence.valueOf(row.getString("rule")),
                Rows.instant(row, "anchor_start").atZone(zone), row.getInt("anchor_occurrence"),
                row.getInt("next_occurrence"), new SeriesTemplate(row.getString("title"), row.getString("description"),
                Duration.ofSeconds(row.getLong("length_seconds")), zone, row.getString("venue"),
                row.getString("online_url"), row.getString("private_link"), Rows.integer(row, "capacity"),
                row.getInt("guest_limit"), deadlineLead == null ? null : Duration.ofSeconds(deadlineLead)));
    };

    private final Jdbc jdbc;

    @Inject
    public JdbcScheduleRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Instant> advanceMark(Instant now) {
        return jdbc.one("""
                with previous as (select planned_to from planner_mark where name = 'timed' for update)
                update planner_mark m set planned_to = ? from previous
                where m.name = 'timed' and (previous.planned_to is null or previous.planned_to < ?)
                returning coalesce(previous.planned_to, 'epoch'::timestamptz) as planned_to""",
                row -> Rows.instant(row, "planned_to"), now, now);
    }

    @Override
    public List<Due> dueBetween(Instant after, Instant until) {
        return jdbc.list(DUE.formatted(""), DUE_ROW, until, until, after);
    }

    @Override
    public List<Due> dueNow(long eventId, Instant now) {
        return jdbc.list(DUE.formatted("and e.id = ?"), DUE_ROW, now, now, Instant.EPOCH, eventId);
    }

    @Override
    public List<Due> dueNowInCommunity(long communityId, Instant now) {
        return jdbc.list(DUE.formatted("and c.id = ?"), DUE_ROW, now, now, Instant.EPOCH, communityId);
    }

    @Override
    public List<Community> digestsDueBetween(Instant after, Instant until, LocalTime at) {
        return jdbc.list("""
                select * from (
                    select c.*, (date_trunc('week', ?::timestamptz at time zone c.time_zone) + ?::time)
                        at time zone c.time_zone as digest_at
                    from community c) d
                where d.digest_at > ? and d.digest_at <= ? and ? < d.digest_at + interval '1 day'
                order by d.id""", JdbcCommunityRepository.COMMUNITY, until, at, after, until, until);
    }

    @Override
    public List<SeriesPlan> seriesToLayOut(Instant horizon) {
        return jdbc.list("""
                select s.* from series s join meetup_group g on g.id = s.group_id
                where s.ended_at is null and s.laid_out_until < ? and not g.archived
                order by s.id""", SERIES, horizon);
    }

    @Override
    public void laidOut(long seriesId, int next, Instant until) {
        jdbc.update("update series set next_occurrence = ?, laid_out_until = ? where id = ?", next, until, seriesId);
    }

    @Override
    public Optional<SeriesTemplate> template(long seriesId) {
        return jdbc.one("select * from series where id = ?", SERIES, seriesId).map(SeriesPlan::template);
    }

    @Override
    public void carry(long seriesId, SeriesTemplate template) {
        jdbc.update("""
                update series set title = ?, description = ?, length_seconds = ?, venue = ?, online_url = ?,
                    private_link = ?, capacity = ?, guest_limit = ?, deadline_lead_seconds = ?
                where id = ?""",
                template.title(), template.description(), template.length().toSeconds(), template.venue(),
                template.onlineUrl(), template.privateLink(), template.capacity(), template.guestLimit(),
                template.deadlineLead() == null ? null : template.deadlineLead().toSeconds(), seriesId);
    }

    @Override
    public void anchor(long anchorEventId, ZonedDateTime anchorStart) {
        jdbc.update("""
                update series s set anchor_start = ?, anchor_occurrence = e.occurrence, local_time = ?
                from event e where e.id = ? and s.id = e.series_id""",
                anchorStart.toInstant(), anchorStart.toLocalTime(), anchorEventId);
    }

    @Override
    public void endSeries(long seriesId, Instant now) {
        jdbc.update("update series set ended_at = ? where id = ? and ended_at is null", now, seriesId);
    }
}
