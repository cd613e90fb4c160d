package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Community;
import org.convene.core.domain.Platform;
import org.convene.core.domain.ReminderLeads;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;

/** Communities and spaces in PostgreSQL. */
public final class JdbcCommunityRepository implements CommunityRepository {

    static final RowMapper<Community> COMMUNITY = row -> new Community(
            row.getLong("id"), row.getString("name"), ZoneId.of(row.getString("time_zone")), new ReminderLeads(
            Duration.ofMinutes(row.getInt("link_reveal_minutes")),
            Duration.ofMinutes(row.getInt("channel_reminder_minutes")),
            Duration.ofMinutes(row.getInt("member_reminder_minutes"))));

    private final Jdbc jdbc;

    @Inject
    public JdbcCommunityRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Community> bySpace(SpaceRef space) {
        return jdbc.one("""
                select c.* from community c join space s on s.community_id = c.id
                where s.platform = ? and s.space_id = ?""", COMMUNITY, space.platform(), space.spaceId());
    }

    @Override
    public Optional<Community> byId(long communityId) {
        return jdbc.one("select * from community where id = ?", COMMUNITY, communityId);
    }

    @Override
    public Community create(String name, ZoneId zone, Instant now) {
        long id = jdbc.insert("insert into community (name, time_zone, created_at) values (?, ?, ?) returning id",
                name, zone, now);
        return new Community(id, name, zone);
    }

    @Override
    public void bindSpace(SpaceRef space, long communityId, String name) {
        jdbc.update("""
                insert into space (platform, space_id, community_id, name) values (?, ?, ?, ?)
                on conflict (platform, space_id) do update set community_id = excluded.community_id""",
                space.platform(), space.spaceId(), communityId, name);
    }

    @Override
    public List<SpaceRef> spaces(long communityId) {
        return jdbc.list("select platform, space_id from space where community_id = ? order by platform, space_id",
                row -> new SpaceRef(Platform.valueOf(row.getString("platform")), row.getString("space_id")),
                communityId);
    }

    @Override
    public void lockSpace(SpaceRef space) {
        jdbc.one("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true,
                "space:" + space.platform() + ":" + space.spaceId());
    }

    @Override
    public void setLeads(long communityId, ReminderLeads leads) {
        jdbc.update("""
                update community set link_reveal_minutes = ?, channel_reminder_minutes = ?,
                    member_reminder_minutes = ? where id = ?""", (int) leads.linkReveal().toMinutes(),
                (int) leads.channelReminder().toMinutes(), (int) leads.memberReminder().toMinutes(), communityId);
    }

    @Override
    public boolean deactivateSpace(SpaceRef space, Instant now) {
        return jdbc.update("""
                update space set active = false, inactive_since = ?
                where platform = ? and space_id = ? and active""", now, space.platform(), space.spaceId()) == 1;
    }

    @Override
    public boolean activateSpace(SpaceRef space) {
        return jdbc.update("""
                update space set active = true, inactive_since = null
                where platform = ? and space_id = ? and not active""", space.platform(), space.spaceId()) == 1;
    }

    @Override
    public boolean isSpaceActive(SpaceRef space) {
        return jdbc.one("select active from space where platform = ? and space_id = ?",
                row -> row.getBoolean("active"), space.platform(), space.spaceId()).orElse(true);
    }

    @Override
    public void mergeInto(long fromCommunity, long intoCommunity) {
        jdbc.update("update member set community_id = ? where community_id = ?", intoCommunity, fromCommunity);
        jdbc.update("""
                delete from identity f using identity i
                where f.community_id = ? and i.community_id = ? and i.platform = f.platform and i.user_id = f.user_id
                  and i.member_id = f.member_id""", fromCommunity, intoCommunity);
        jdbc.update("update identity set community_id = ? where community_id = ?", intoCommunity, fromCommunity);
        jdbc.update("update outbox set community_id = ? where community_id = ?", intoCommunity, fromCommunity);
        jdbc.update("update meetup_group set community_id = ? where community_id = ?", intoCommunity, fromCommunity);
        jdbc.update("update space set community_id = ? where community_id = ?", intoCommunity, fromCommunity);
        jdbc.update("delete from link_code where community_id = ?", fromCommunity);
        jdbc.update("delete from community where id = ?", fromCommunity);
    }
}
