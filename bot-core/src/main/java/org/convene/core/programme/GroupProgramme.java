package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A group's page: upcoming events soonest first (cancelled ones included) and past events latest first. */
public record GroupProgramme(PublicCommunity community, PublicGroup group, List<PublicEvent> upcoming,
                             List<PublicEvent> past) {
    public GroupProgramme {
        requireNonNull(community, "community");
        requireNonNull(group, "group");
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
    }
}
