package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An event with its group: its listed organizers and the channels where people answer ("Answer in" links). */
public record EventListing(PublicEvent event, PublicGroup group) {
    public EventListing {
        requireNonNull(event, "event");
        requireNonNull(group, "group");
    }

    public List<String> organizers() {
        return group.organizers();
    }

    public List<org.convene.core.domain.ChannelRef> answerIn() {
        return group.channels();
    }
}
