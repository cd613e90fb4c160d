package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

/** A Discord guild or a Slack workspace: the place a community talks in. */
public record SpaceRef(Platform platform, String spaceId) {
    public SpaceRef {
        requireNonNull(platform, "platform");
        requireNonNull(spaceId, "spaceId");
        if (spaceId.isBlank()) {
            throw new IllegalArgumentException("spaceId is blank");
        }
    }
}
