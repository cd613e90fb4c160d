package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a public calendar feed holds: the events of a community (or of one group) from a while back on, cancelled ones
 * included so that calendar clients see the cancellation, soonest first.
 */
public record CalendarWindow(PublicCommunity community, Optional<PublicGroup> group, List<EventListing> events) {
    public CalendarWindow {
        requireNonNull(community, "community");
        requireNonNull(group, "group");
        events = List.copyOf(events);
    }
}
