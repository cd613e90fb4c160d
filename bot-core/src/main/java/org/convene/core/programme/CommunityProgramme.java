package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A community's page: its groups, each with its next event, and the community's upcoming events, soonest first. */
public record CommunityProgramme(PublicCommunity community, List<GroupOverview> groups, List<EventListing> upcoming) {
    public CommunityProgramme {
        requireNonNull(community, "community");
        groups = List.copyOf(groups);
        upcoming = List.copyOf(upcoming);
    }

    /** A group with its next scheduled event, if any. */
    public record GroupOverview(PublicGroup group, Optional<PublicEvent> next) {
        public GroupOverview {
            requireNonNull(group, "group");
            requireNonNull(next, "next");
        }
    }
}
