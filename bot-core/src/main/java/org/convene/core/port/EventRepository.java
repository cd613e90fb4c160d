package org.convene.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;

/** Events and recurring series. */
public interface EventRepository {

    /** Stores a new event (its id is ignored) and returns it with its id. */
    Event create(Event event, Long createdBy, Integer occurrence, Instant now);

    void update(Event event, Instant now);

    Optional<Event> byId(long eventId);

    /** Reads the event and locks its row until the transaction ends: the gate for every seat change. */
    Optional<Event> lockById(long eventId);

    /** Scheduled events of a community (or of one group) that end after {@code from}, soonest first. */
    List<Event> upcoming(long communityId, Long groupId, Instant from, int limit, int offset);

    /** Upcoming events of a series from {@code from} on, soonest first. */
    List<Event> upcomingInSeries(long seriesId, Instant from);

    /**
     * Scheduled events of a community that end after {@code from} and match what was typed, soonest first: every
     * word found in the title or the group's slug or name, or the id starting with {@code idPrefix} (null for none).
     */
    List<Event> search(long communityId, String idPrefix, List<String> words, Instant from, int limit);

    long createSeries(long groupId, Recurrence rule, java.time.LocalTime localTime, java.time.ZoneId zone,
                      Instant now);
}
