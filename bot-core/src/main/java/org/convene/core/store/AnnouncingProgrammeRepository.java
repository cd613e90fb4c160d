package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.port.ProgrammeRepository;
import org.convene.core.programme.PublicEvent;
import org.convene.core.programme.PublicGroup;

/**
 * The public programme's store, telling every instance's caches of read data of each change of visibility or
 * listing, so a community made private is answered 404 on the next request.
 */
public final class AnnouncingProgrammeRepository implements ProgrammeRepository {

    private final ProgrammeRepository store;
    private final HotReads cache;
    private final Jdbc jdbc;

    public AnnouncingProgrammeRepository(ProgrammeRepository store, HotReads cache, Jdbc jdbc) {
        this.store = requireNonNull(store, "store");
        this.cache = requireNonNull(cache, "cache");
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<KeyedCommunity> byKey(String key) {
        return store.byKey(key);
    }

    @Override
    public Optional<KeyedCommunity> byCommunity(long communityId) {
        return store.byCommunity(communityId);
    }

    @Override
    public void setPublic(long communityId, boolean open) {
        store.setPublic(communityId, open);
        cache.invalidateOnWrite(jdbc);
    }

    @Override
    public void setListed(long memberId, boolean listed) {
        store.setListed(memberId, listed);
        cache.invalidateOnWrite(jdbc);
    }

    @Override
    public boolean listed(long memberId) {
        return store.listed(memberId);
    }

    @Override
    public List<PublicGroup> groups(long communityId) {
        return store.groups(communityId);
    }

    @Override
    public List<PublicEvent> upcoming(long communityId, Long groupId, Instant endsAfter, boolean withCancelled,
                                      int limit) {
        return store.upcoming(communityId, groupId, endsAfter, withCancelled, limit);
    }

    @Override
    public List<PublicEvent> past(long communityId, long groupId, Instant endedBy, int limit) {
        return store.past(communityId, groupId, endedBy, limit);
    }

    @Override
    public Optional<PublicEvent> event(long communityId, long eventId) {
        return store.event(communityId, eventId);
    }

    @Override
    public List<AnsweredEvent> answeredBy(long memberId, Instant endsAfter) {
        return store.answeredBy(memberId, endsAfter);
    }
}
