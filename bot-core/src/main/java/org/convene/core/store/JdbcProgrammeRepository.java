package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.domain.RsvpState;
import org.convene.core.port.ProgrammeRepository;
import org.convene.core.programme.PublicEvent;
import org.convene.core.programme.PublicGroup;

/**
 * The public programme in PostgreSQL. Event rows are read through {@link #COLUMNS}, which leaves out the private
 * link, and organizers only when they chose to be listed.
 */
public final class JdbcProgrammeRepository implements ProgrammeRepository {

    /** Every column a public event is made of; {@code private_link} is deliberately not among them. */
    private static final String COLUMNS = """
            e.id, e.group_id, g.slug as group_slug, g.name as group_name, e.title, e.description, e.starts_at,
            e.ends_at, e.time_zone, e.venue, e.online_url, e.capacity, e.seats_taken, e.series_id, e.status,
            e.cancel_reason, e.change_sequence, e.changed_at,
            (select count(*) from rsvp w where w.event_id = e.id and w.state = 'WAITLISTED') as waitlist_length""";

    private static final RowMapper<PublicEvent> EVENT = row -> {
        Integer capacity = Rows.integer(row, "capacity");
        int seatsTaken = row.getInt("seats_taken");
        return new PublicEvent(row.getLong("id"), row.getLong("group_id"), row.getString("group_slug"),
                row.getString("group_name"), row.getString("title"), row.getString("description"),
                Rows.instant(row, "starts_at"), Rows.instant(row, "ends_at"), ZoneId.of(row.getString("time_zone")),
                present(row.getString("venue")), web(row.getString("online_url")), Optional.ofNullable(capacity),
                Optional.ofNullable(capacity).map(cap -> Math.max(0, cap - seatsTaken)),
                row.getInt("waitlist_length"), Optional.ofNullable(Rows.longValue(row, "series_id")),
                "CANCELLED".equals(row.getString("status")), present(row.getString("cancel_reason")),
                row.getInt("change_sequence"), Rows.instant(row, "changed_at"));
    };

    private static final RowMapper<KeyedCommunity> COMMUNITY = row -> new KeyedCommunity(row.getLong("id"),
            row.getString("public_key"), row.getString("name"), ZoneId.of(row.getString("time_zone")),
            row.getBoolean("public"));

    private final Jdbc jdbc;

    @Inject
    public JdbcProgrammeRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<KeyedCommunity> byKey(String key) {
        return jdbc.one("select id, public_key, name, time_zone, public from community where public_key = ?",
                COMMUNITY, key);
    }

    @Override
    public Optional<KeyedCommunity> byCommunity(long communityId) {
        return jdbc.one("select id, public_key, name, time_zone, public from community where id = ?", COMMUNITY,
                communityId);
    }

    @Override
    public void setPublic(long communityId, boolean open) {
        jdbc.update("update community set public = ? where id = ?", open, communityId);
    }

    @Override
    public void setListed(long memberId, boolean listed) {
        jdbc.update("update member set listed = ? where id = ?", listed, memberId);
    }

    @Override
    public boolean listed(long memberId) {
        return jdbc.one("select listed from member where id = ?", row -> row.getBoolean(1), memberId).orElse(false);
    }

    @Override
    public List<PublicGroup> groups(long communityId) {
        Map<Long, List<String>> organizers = new HashMap<>();
        jdbc.list("""
                select o.group_id, m.display_name from group_organizer o join member m on m.id = o.member_id
                join meetup_group g on g.id = o.group_id
                where g.community_id = ? and m.listed order by lower(m.display_name), m.id""",
                row -> organizers.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)),
                communityId);
        Map<Long, List<ChannelRef>> channels = new HashMap<>();
        jdbc.list("""
                select c.group_id, c.platform, c.space_id, c.channel_id from group_channel c
                join meetup_group g on g.id = c.group_id
                where g.community_id = ? order by c.platform, c.space_id, c.channel_id""",
                row -> channels.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new ChannelRef(
                        Platform.valueOf(row.getString(2)), row.getString(3), row.getString(4))), communityId);
        return jdbc.list("""
                select g.id, g.slug, g.name, g.description,
                    (select count(*) from group_membership m where m.group_id = g.id) as member_count
                from meetup_group g where g.community_id = ? and not g.archived order by lower(g.name), g.id""",
                row -> new PublicGroup(row.getLong("id"), row.getString("slug"), row.getString("name"),
                        row.getString("description"), row.getInt("member_count"),
                        organizers.getOrDefault(row.getLong("id"), List.of()),
                        channels.getOrDefault(row.getLong("id"), List.of())), communityId);
    }

    @Override
    public List<PublicEvent> upcoming(long communityId, Long groupId, Instant endsAfter, boolean withCancelled,
                                      int limit) {
        return jdbc.list("select " + COLUMNS + """
                 from event e join meetup_group g on g.id = e.group_id
                where g.community_id = ? and (?::bigint is null or e.group_id = ?) and e.ends_at > ?
                  and (? or e.status = 'SCHEDULED') and not g.archived
                order by e.starts_at, e.id limit ?""",
                EVENT, communityId, groupId, groupId, endsAfter, withCancelled, limit);
    }

    @Override
    public List<PublicEvent> past(long communityId, long groupId, Instant endedBy, int limit) {
        return jdbc.list("select " + COLUMNS + """
                 from event e join meetup_group g on g.id = e.group_id
                where g.community_id = ? and e.group_id = ? and e.ends_at <= ? and not g.archived
                order by e.starts_at desc, e.id desc limit ?""",
                EVENT, communityId, groupId, endedBy, limit);
    }

    @Override
    public Optional<PublicEvent> event(long communityId, long eventId) {
        return jdbc.one("select " + COLUMNS + """
                 from event e join meetup_group g on g.id = e.group_id
                where g.community_id = ? and e.id = ? and not g.archived""", EVENT, communityId, eventId);
    }

    @Override
    public List<AnsweredEvent> answeredBy(long memberId, Instant endsAfter) {
        return jdbc.list("select " + COLUMNS + """
                , r.answer, r.state from rsvp r join event e on e.id = r.event_id
                join meetup_group g on g.id = e.group_id
                where r.member_id = ? and r.answer in ('GOING', 'MAYBE') and e.ends_at > ? and not g.archived
                order by e.starts_at, e.id""",
                row -> new AnsweredEvent(EVENT.map(row), Answer.valueOf(row.getString("answer")),
                        RsvpState.valueOf(row.getString("state"))), memberId, endsAfter);
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static Optional<String> web(String address) {
        return present(address).filter(text -> text.regionMatches(true, 0, "https://", 0, 8)
                || text.regionMatches(true, 0, "http://", 0, 7));
    }
}
