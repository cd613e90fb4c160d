package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A group's page: its description, listed organizers, upcoming events soonest first and past events latest first. */
public record GroupView(CommunityView community, String slug, String name, String description,
                        List<String> organizers, int members, List<EventSummary> upcoming, List<EventSummary> past) {

    public GroupView {
        requireNonNull(community, "community");
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        organizers = List.copyOf(organizers);
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
    }
}
