package org.convene.core.proposal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A member's proposal of a new group: its short name, name, description, why it should exist, and the members the
 * proposer names as co-organizers. It stays open until an admin accepts it (the group exists) or declines it.
 */
public record Proposal(long id, long communityId, long proposerId, String slug, String name, String description,
                       String why, Status status, String reason, List<Long> organizerIds, Instant createdAt) {

    /** Where a proposal stands. */
    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED
    }

    public Proposal {
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(why, "why");
        requireNonNull(status, "status");
        organizerIds = List.copyOf(organizerIds);
        requireNonNull(createdAt, "createdAt");
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
