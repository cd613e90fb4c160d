package org.convene.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;

/** The outbox table: messages added once by their dedupe key, claimed under a lease, and marked done. */
public interface OutboxRepository {

    /** Adds the message unless one with its dedupe key exists; true if added. */
    boolean add(OutboxMessage message);

    /** Claims up to {@code limit} due messages no other worker holds, leasing them to {@code owner}. */
    List<OutboxMessage> claim(String owner, Instant now, Duration lease, int limit);

    void markSent(long id, String messageRef, Instant now);

    void markRetry(long id, Instant dueAt, String reason);

    void markFailed(long id, String reason, Instant now);

    void markSkipped(long id, String reason, Instant now);

    /** The platform's reference of the last sent message of a kind about an event in a space (for updates). */
    Optional<String> lastReference(long eventId, MessageKind kind, Platform platform, String spaceId);

    long pending();
}
