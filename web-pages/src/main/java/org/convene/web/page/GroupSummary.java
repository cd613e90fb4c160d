package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A group as the community page lists it: name, description, listed organizers, size and next event. */
public record GroupSummary(String slug, String name, String description, List<String> organizers, int members,
                           Optional<EventSummary> nextEvent) {

    public GroupSummary {
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        organizers = List.copyOf(organizers);
        requireNonNull(nextEvent, "nextEvent");
    }
}
