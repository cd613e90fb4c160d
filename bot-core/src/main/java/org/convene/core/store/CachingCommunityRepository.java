package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Community;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;

/** Serves a space's community and a community by id from {@link HotReads}; every write here invalidates. */
public final class CachingCommunityRepository implements CommunityRepository {

    private final CommunityRepository store;
    private final HotReads cache;
    private final Jdbc jdbc;

    public CachingCommunityRepository(CommunityRepository store, HotReads cache, Jdbc jdbc) {
        this.store = requireNonNull(store, "store");
        this.cache = requireNonNull(cache, "cache");
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Community> bySpace(SpaceRef space) {
        return cache.read(cache.communities(), space, store::bySpace, jdbc);
    }

    @Override
    public Optional<Community> byId(long communityId) {
        return cache.read(cache.communitiesById(), communityId, store::byId, jdbc);
    }

    @Override
    public Community create(String name, ZoneId zone, Instant now) {
        return store.create(name, zone, now);
    }

    @Override
    public void bindSpace(SpaceRef space, long communityId, String name) {
        invalidateAll();
        store.bindSpace(space, communityId, name);
    }

    @Override
    public List<SpaceRef> spaces(long communityId) {
        return store.spaces(communityId);
    }

    @Override
    public void lockSpace(SpaceRef space) {
        store.lockSpace(space);
    }

    @Override
    public void setLeads(long communityId, org.convene.core.domain.ReminderLeads leads) {
        invalidateAll();
        store.setLeads(communityId, leads);
    }

    @Override
    public boolean deactivateSpace(SpaceRef space, Instant now) {
        return store.deactivateSpace(space, now);
    }

    @Override
    public boolean activateSpace(SpaceRef space) {
        return store.activateSpace(space);
    }

    @Override
    public boolean isSpaceActive(SpaceRef space) {
        return store.isSpaceActive(space);
    }

    @Override
    public void mergeInto(long fromCommunity, long intoCommunity) {
        invalidateAll();
        store.mergeInto(fromCommunity, intoCommunity);
    }

    private void invalidateAll() {
        cache.invalidateOnWrite(jdbc);
    }
}
