package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.port.MemberRepository;

/**
 * Serves the member behind an identity, which every command reads first, from {@link HotReads}; every write of
 * members or identities here clears the cached members (here at once and when its transaction ends, elsewhere once it
 * commits), so a new member, a new name or a changed admin right is seen by the next command.
 */
public final class CachingMemberRepository implements MemberRepository {

    private final MemberRepository store;
    private final HotReads cache;
    private final Jdbc jdbc;

    public CachingMemberRepository(MemberRepository store, HotReads cache, Jdbc jdbc) {
        this.store = requireNonNull(store, "store");
        this.cache = requireNonNull(cache, "cache");
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Member> byIdentity(long communityId, Identity identity) {
        return cache.read(cache.members(), new HotReads.MemberKey(communityId, identity),
                key -> store.byIdentity(key.communityId(), key.identity()), jdbc);
    }

    @Override
    public Optional<Member> byId(long memberId) {
        return store.byId(memberId);
    }

    @Override
    public List<Member> byIds(List<Long> memberIds) {
        return store.byIds(memberIds);
    }

    @Override
    public Member create(long communityId, String displayName, boolean admin, Instant now) {
        return store.create(communityId, displayName, admin, now);
    }

    @Override
    public void addIdentity(long communityId, Identity identity, long memberId) {
        store.addIdentity(communityId, identity, memberId);
        cache.membersChangedOnWrite(jdbc);
    }

    @Override
    public List<Identity> identities(long memberId) {
        return store.identities(memberId);
    }

    @Override
    public void rename(long memberId, String displayName) {
        store.rename(memberId, displayName);
        cache.membersChangedOnWrite(jdbc);
    }

    @Override
    public void setAdmin(long memberId, boolean admin) {
        store.setAdmin(memberId, admin);
        cache.membersChangedOnWrite(jdbc);
    }

    @Override
    public List<Member> byName(long communityId, String displayName) {
        return store.byName(communityId, displayName);
    }

    @Override
    public List<Member> admins(long communityId) {
        return store.admins(communityId);
    }

    @Override
    public void lockAll(List<Long> memberIds) {
        store.lockAll(memberIds);
    }

    @Override
    public List<SharedIdentity> sharedIdentities(long fromCommunity, long intoCommunity) {
        return store.sharedIdentities(fromCommunity, intoCommunity);
    }

    @Override
    public void merge(long from, long into) {
        store.merge(from, into);
        cache.membersChangedOnWrite(jdbc);
    }

    @Override
    public void copyRoles(long from, long into) {
        store.copyRoles(from, into);
        cache.membersChangedOnWrite(jdbc);
    }
}
