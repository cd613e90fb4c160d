package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.port.GroupRepository;

/** Serves a group by slug from {@link HotReads}; creating or archiving a group invalidates. */
public final class CachingGroupRepository implements GroupRepository {

    private final GroupRepository store;
    private final HotReads cache;
    private final Jdbc jdbc;

    public CachingGroupRepository(GroupRepository store, HotReads cache, Jdbc jdbc) {
        this.store = requireNonNull(store, "store");
        this.cache = requireNonNull(cache, "cache");
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Group> bySlug(long communityId, String slug) {
        return cache.read(cache.groups(), new HotReads.GroupKey(communityId, slug),
                key -> store.bySlug(key.communityId(), key.slug()), jdbc);
    }

    @Override
    public Optional<Group> byId(long groupId) {
        return cache.read(cache.groupsById(), groupId, store::byId, jdbc);
    }

    @Override
    public List<Group> list(long communityId) {
        return store.list(communityId);
    }

    @Override
    public Group create(long communityId, String slug, String name, String description, Instant now) {
        invalidateAll();
        return store.create(communityId, slug, name, description, now);
    }

    @Override
    public void archive(long groupId) {
        invalidateAll();
        store.archive(groupId);
    }

    @Override
    public boolean addOrganizer(long groupId, long memberId) {
        return store.addOrganizer(groupId, memberId);
    }

    @Override
    public boolean removeOrganizer(long groupId, long memberId) {
        return store.removeOrganizer(groupId, memberId);
    }

    @Override
    public boolean isOrganizer(long groupId, long memberId) {
        return store.isOrganizer(groupId, memberId);
    }

    @Override
    public List<Member> organizers(long groupId) {
        return store.organizers(groupId);
    }

    @Override
    public boolean join(long groupId, long memberId, Instant now) {
        return store.join(groupId, memberId, now);
    }

    @Override
    public boolean leave(long groupId, long memberId) {
        return store.leave(groupId, memberId);
    }

    @Override
    public boolean isMember(long groupId, long memberId) {
        return store.isMember(groupId, memberId);
    }

    @Override
    public int memberCount(long groupId) {
        return store.memberCount(groupId);
    }

    @Override
    public List<Group> groupsOf(long memberId) {
        return store.groupsOf(memberId);
    }

    @Override
    public boolean bindChannel(long groupId, ChannelRef channel) {
        return store.bindChannel(groupId, channel);
    }

    @Override
    public List<ChannelRef> channels(long groupId) {
        return store.channels(groupId);
    }

    private void invalidateAll() {
        cache.invalidateOnWrite(jdbc);
    }
}
