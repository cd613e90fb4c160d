package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.port.EventRepository;

/** The events' store, telling every instance's caches of what pages show of each write. */
public final class AnnouncingEventRepository implements EventRepository {

    private final EventRepository store;
    private final HotReads cache;
    private final Jdbc jdbc;

    public AnnouncingEventRepository(EventRepository store, HotReads cache, Jdbc jdbc) {
        this.store = requireNonNull(store, "store");
        this.cache = requireNonNull(cache, "cache");
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Event create(Event event, Long createdBy, Integer occurrence, Instant now) {
        Event created = store.create(event, createdBy, occurrence, now);
        cache.contentChangedOnWrite(jdbc);
        return created;
    }

    @Override
    public void update(Event event, Instant now) {
        store.update(event, now);
        cache.contentChangedOnWrite(jdbc);
    }

    @Override
    public Optional<Event> byId(long eventId) {
        return store.byId(eventId);
    }

    @Override
    public Optional<Event> lockById(long eventId) {
        return store.lockById(eventId);
    }

    @Override
    public List<Event> upcoming(long communityId, Long groupId, Instant from, int limit, int offset) {
        return store.upcoming(communityId, groupId, from, limit, offset);
    }

    @Override
    public List<Event> upcomingInSeries(long seriesId, Instant from) {
        return store.upcomingInSeries(seriesId, from);
    }

    @Override
    public List<Event> search(long communityId, String idPrefix, List<String> words, Instant from, int limit) {
        return store.search(communityId, idPrefix, words, from, limit);
    }

    @Override
    public long createSeries(long groupId, Recurrence rule, LocalTime localTime, ZoneId zone, Instant now) {
        long series = store.createSeries(groupId, rule, localTime, zone, now);
        cache.contentChangedOnWrite(jdbc);
        return series;
    }
}
