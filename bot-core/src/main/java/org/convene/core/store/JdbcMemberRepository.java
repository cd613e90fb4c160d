package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.domain.Platform;
import org.convene.core.port.MemberRepository;

/** Members and identities in PostgreSQL. */
public final class JdbcMemberRepository implements MemberRepository {

    static final RowMapper<Member> MEMBER = row -> new Member(
            row.getLong("id"), row.getLong("community_id"), row.getString("display_name"), row.getBoolean("admin"));

    private final Jdbc jdbc;

    @Inject
    public JdbcMemberRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Member> byIdentity(long communityId, Identity identity) {
        return jdbc.one("""
                select m.* from member m join identity i on i.member_id = m.id
                where i.community_id = ? and i.platform = ? and i.user_id = ?""",
                MEMBER, communityId, identity.platform(), identity.userId());
    }

    @Override
    public Optional<Member> byId(long memberId) {
        return jdbc.one("select * from member where id = ?", MEMBER, memberId);
    }

    @Override
    public List<Member> byIds(List<Long> memberIds) {
        return jdbc.list("select * from member where id = any(?) order by display_name, id", MEMBER,
                (Object) memberIds.toArray(Long[]::new));
    }

    @Override
    public Member create(long communityId, String displayName, boolean admin, Instant now) {
        long id = jdbc.insert("""
                insert into member (community_id, display_name, admin, created_at) values (?, ?, ?, ?)
                returning id""", communityId, displayName, admin, now);
        return new Member(id, communityId, displayName, admin);
    }

    @Override
    public void addIdentity(long communityId, Identity identity, long memberId) {
        jdbc.update("insert into identity (community_id, platform, user_id, member_id) values (?, ?, ?, ?)",
                communityId, identity.platform(), identity.userId(), memberId);
    }

    @Override
    public List<Identity> identities(long memberId) {
        return jdbc.list("select platform, user_id from identity where member_id = ? order by platform",
                row -> new Identity(Platform.valueOf(row.getString("platform")), row.getString("user_id")),
                memberId);
    }

    @Override
    public void rename(long memberId, String displayName) {
        jdbc.update("update member set display_name = ? where id = ?", displayName, memberId);
    }

    @Override
    public void setAdmin(long memberId, boolean admin) {
        jdbc.update("update member set admin = ? where id = ?", admin, memberId);
    }

    @Override
    public List<Member> byName(long communityId, String displayName) {
        return jdbc.list("select * from member where community_id = ? and lower(display_name) = lower(?) order by id",
                MEMBER, communityId, displayName);
    }

    @Override
    public List<Member> admins(long communityId) {
        return jdbc.list("select * from member where community_id = ? and admin order by display_name", MEMBER,
                communityId);
    }

    @Override
    public void lockAll(List<Long> memberIds) {
        jdbc.list("select id from member where id = any(?) order by id for update", row -> row.getLong(1),
                (Object) memberIds.toArray(Long[]::new));
    }

    @Override
    public List<SharedIdentity> sharedIdentities(long fromCommunity, long intoCommunity) {
        return jdbc.list("""
                select distinct f.member_id as from_member, i.member_id as into_member
                from identity f join identity i on i.platform = f.platform and i.user_id = f.user_id
                where f.community_id = ? and i.community_id = ? order by from_member, into_member""",
                row -> new SharedIdentity(row.getLong("from_member"), row.getLong("into_member")), fromCommunity,
                intoCommunity);
    }

    @Override
    public void merge(long from, long into) {
        jdbc.update("update identity set member_id = ? where member_id = ?", into, from);
        jdbc.update("update outbox set member_id = ? where member_id = ?", into, from);
        jdbc.update("update group_proposal set proposer_id = ? where proposer_id = ?", into, from);
        jdbc.update("insert into reminder_mute (member_id, group_id) select ?, group_id from reminder_mute "
                + "where member_id = ? on conflict do nothing", into, from);
        jdbc.update("update talk_offer set member_id = ? where member_id = ?", into, from);
        jdbc.update("insert into date_poll_vote (poll_id, position, member_id, voted_at) select poll_id, position, ?, "
                + "voted_at from date_poll_vote where member_id = ? on conflict do nothing", into, from);
        copyRoles(from, into);
        jdbc.update("""
                update rsvp r set member_id = ? where member_id = ?
                and not exists (select 1 from rsvp o where o.event_id = r.event_id and o.member_id = ?)""",
                into, from, into);
        jdbc.update("""
                insert into check_in (event_id, member_id, checked_in_at, marked_by)
                select event_id, ?, checked_in_at, marked_by from check_in where member_id = ?
                on conflict do nothing""", into, from);
        jdbc.update("delete from member where id = ?", from);
    }

    @Override
    public void copyRoles(long from, long into) {
        jdbc.update("""
                insert into group_membership (group_id, member_id, joined_at)
                select group_id, ?, joined_at from group_membership where member_id = ?
                on conflict do nothing""", into, from);
        jdbc.update("""
                insert into group_organizer (group_id, member_id)
                select group_id, ? from group_organizer where member_id = ? on conflict do nothing""", into, from);
        jdbc.update("update member set admin = true where id = ? and exists (select 1 from member where id = ? and admin)",
                into, from);
    }
}
