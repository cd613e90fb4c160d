package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

/** An event's page: the event, its group (listed organizers, where to answer) and its community. */
public record EventProgramme(PublicCommunity community, EventListing listing) {
    public EventProgramme {
        requireNonNull(community, "community");
        requireNonNull(listing, "listing");
    }

    public PublicEvent event() {
        return listing.event();
    }

    public PublicGroup group() {
        return listing.group();
    }
}
