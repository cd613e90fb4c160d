package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.domain.Platform;
import org.convene.core.port.GroupRepository;

/** Groups, organizers, memberships and channel bindings in PostgreSQL. */
public final class JdbcGroupRepository implements GroupRepository {

    static final RowMapper<Group> GROUP = row -> new Group(row.getLong("id"), row.getLong("community_id"),
            row.getString("slug"), row.getString("name"), row.getString("description"), row.getBoolean("archived"));

    private final Jdbc jdbc;

    @Inject
    public JdbcGroupRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Group> bySlug(long communityId, String slug) {
        return jdbc.one("select * from meetup_group where community_id = ? and slug = ?", GROUP, communityId, slug);
    }

    @Override
    public Optional<Group> byId(long groupId) {
        return jdbc.one("select * from meetup_group where id = ?", GROUP, groupId);
    }

    @Override
    public List<Group> list(long communityId) {
        return jdbc.list("select * from meetup_group where community_id = ? and not archived order by name", GROUP,
                communityId);
    }

    @Override
    public Group create(long communityId, String slug, String name, String description, Instant now) {
        long id = jdbc.insert("""
                insert into meetup_group (community_id, slug, name, description, created_at) values (?, ?, ?, ?, ?)
                returning id""", communityId, slug, name, description, now);
        return new Group(id, communityId, slug, name, description, false);
    }

    @Override
    public void archive(long groupId) {
        jdbc.update("update meetup_group set archived = true where id = ?", groupId);
    }

    @Override
    public boolean addOrganizer(long groupId, long memberId) {
        return jdbc.update("insert into group_organizer (group_id, member_id) values (?, ?) on conflict do nothing",
                groupId, memberId) == 1;
    }

    @Override
    public boolean removeOrganizer(long groupId, long memberId) {
        return jdbc.update("delete from group_organizer where group_id = ? and member_id = ?", groupId, memberId) == 1;
    }

    @Override
    public boolean isOrganizer(long groupId, long memberId) {
        return jdbc.one("select 1 from group_organizer where group_id = ? and member_id = ?", row -> true,
                groupId, memberId).isPresent();
    }

    @Override
    public List<Member> organizers(long groupId) {
        return jdbc.list("""
                select m.* from member m join group_organizer o on o.member_id = m.id
                where o.group_id = ? order by m.display_name""", JdbcMemberRepository.MEMBER, groupId);
    }

    @Override
    public boolean join(long groupId, long memberId, Instant now) {
        return jdbc.update("""
                insert into group_membership (group_id, member_id, joined_at) values (?, ?, ?)
                on conflict do nothing""", groupId, memberId, now) == 1;
    }

    @Override
    public boolean leave(long groupId, long memberId) {
        return jdbc.update("delete from group_membership where group_id = ? and member_id = ?", groupId,
                memberId) == 1;
    }

    @Override
    public boolean isMember(long groupId, long memberId) {
        return jdbc.one("select 1 from group_membership where group_id = ? and member_id = ?", row -> true,
                groupId, memberId).isPresent();
    }

    @Override
    public int memberCount(long groupId) {
        return jdbc.one("select count(*) from group_membership where group_id = ?", row -> row.getInt(1), groupId)
                .orElse(0);
    }

    @Override
    public List<Group> groupsOf(long memberId) {
        return jdbc.list("""
                select g.* from meetup_group g join group_membership m on m.group_id = g.id
                where m.member_id = ? and not g.archived order by g.name""", GROUP, memberId);
    }

    @Override
    public boolean bindChannel(long groupId, ChannelRef channel) {
        return jdbc.update("""
                insert into group_channel (group_id, platform, space_id, channel_id) values (?, ?, ?, ?)
                on conflict do nothing""", groupId, channel.platform(), channel.spaceId(), channel.channelId()) == 1;
    }

    @Override
    public List<ChannelRef> channels(long groupId) {
        return jdbc.list("select * from group_channel where group_id = ? order by platform, channel_id",
                row -> new ChannelRef(Platform.valueOf(row.getString("platform")), row.getString("space_id"),
                        row.getString("channel_id")), groupId);
    }
}
