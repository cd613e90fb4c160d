package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;

/** Where a message goes: a channel, or one person's direct messages. */
public sealed interface Target {

    Platform platform();

    /** A channel bound to a group. */
    record Channel(ChannelRef channel) implements Target {
        public Channel {
            requireNonNull(channel, "channel");
        }

        @Override
        public Platform platform() {
            return channel.platform();
        }
    }

    /** A person's direct messages on one platform. */
    record Direct(Platform platform, String spaceId, String userId) implements Target {
        public Direct {
            requireNonNull(platform, "platform");
            requireNonNull(spaceId, "spaceId");
            requireNonNull(userId, "userId");
        }
    }
}
