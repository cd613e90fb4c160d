package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

/** A channel on a platform where a group's announcements go. */
public record ChannelRef(Platform platform, String spaceId, String channelId) {
    public ChannelRef {
        requireNonNull(platform, "platform");
        requireNonNull(spaceId, "spaceId");
        requireNonNull(channelId, "channelId");
    }
}
