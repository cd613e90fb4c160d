package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.convene.core.domain.Platform;

/**
 * One message waiting in (or done with) the outbox. It names what to say ({@code kind}, the event or group, a
 * {@code detail}) and where: a channel ({@code channelId}), a member's DMs ({@code userId}), or the space's calendar.
 * The words are composed when it is sent, from the state at that moment.
 */
public record OutboxMessage(long id, String dedupeKey, MessageKind kind, long communityId, Long eventId, Long groupId,
                            Long memberId, Platform platform, String spaceId, String channelId, String userId,
                            String detail, Instant dueAt, int attempts) {

    public OutboxMessage {
        requireNonNull(dedupeKey, "dedupeKey");
        requireNonNull(kind, "kind");
        requireNonNull(platform, "platform");
        requireNonNull(spaceId, "spaceId");
        requireNonNull(detail, "detail");
        requireNonNull(dueAt, "dueAt");
    }

    /** A new message for the outbox (its id is given by the store). */
    public static OutboxMessage toChannel(String key, MessageKind kind, long communityId, Long eventId, Long groupId,
                                          org.convene.core.domain.ChannelRef channel, String detail, Instant due) {
        return new OutboxMessage(0, key, kind, communityId, eventId, groupId, null, channel.platform(),
                channel.spaceId(), channel.channelId(), null, detail, due, 0);
    }

    public static OutboxMessage toMember(String key, MessageKind kind, long communityId, Long eventId, long memberId,
                                         Recipient recipient, String detail, Instant due) {
        return new OutboxMessage(0, key, kind, communityId, eventId, null, memberId, recipient.platform(),
                recipient.spaceId(), null, recipient.userId(), detail, due, 0);
    }
}
