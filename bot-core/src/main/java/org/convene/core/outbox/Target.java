package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
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

    /**
     * The platform's own calendar of a space (Discord's guild scheduled events): the delivery creates, updates
     * ({@code replaces} = the earlier one's id) or, when {@code cancelled}, cancels the mirrored event.
     */
    record Calendar(Platform platform, String spaceId, MirroredEvent event) implements Target {
        public Calendar {
            requireNonNull(platform, "platform");
            requireNonNull(spaceId, "spaceId");
            requireNonNull(event, "event");
        }
    }

    /** What a platform calendar shows of an event. {@code location} is the venue or the public online address. */
    record MirroredEvent(long eventId, String title, String description, Instant startsAt, Instant endsAt,
                         String location, boolean cancelled) {
        public MirroredEvent {
            requireNonNull(title, "title");
            requireNonNull(description, "description");
            requireNonNull(startsAt, "startsAt");
            requireNonNull(endsAt, "endsAt");
        }
    }
}
