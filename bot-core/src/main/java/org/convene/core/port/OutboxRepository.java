package org.convene.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.ClaimScope;
import org.convene.core.outbox.Lease;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;

/**
 * The outbox table: messages added once by their dedupe key, claimed under a lease, and marked done. Every write
 * after a claim is fenced by its {@link Lease}: it changes the row only while that claim still holds it, and says so.
 */
public interface OutboxRepository {

    /** Adds the message unless one with its dedupe key exists; true if added. */
    boolean add(OutboxMessage message);

    /** Claims up to {@code limit} due messages no live lease holds, under {@code lease} until {@code now + duration}. */
    default List<OutboxMessage> claim(Lease lease, Instant now, Duration duration, int limit) {
        return claim(lease, ClaimScope.everything(), now, duration, limit);
    }

    /** Claims as {@link #claim(Lease, Instant, Duration, int)} does, only messages within {@code scope}. */
    List<OutboxMessage> claim(Lease lease, ClaimScope scope, Instant now, Duration duration, int limit);

    /** Extends the lease on one message to {@code until}; false if another claim has taken it or it is done. */
    boolean renew(long id, Lease lease, Instant until);

    boolean markSent(long id, Lease lease, String messageRef, Instant now);

    boolean markRetry(long id, Lease lease, Instant dueAt, String reason);

    boolean markFailed(long id, Lease lease, String reason, Instant now);

    boolean markSkipped(long id, Lease lease, String reason, Instant now);

    /** The platform's reference of the last sent message of a kind about an event in a space (for updates). */
    Optional<String> lastReference(long eventId, MessageKind kind, Platform platform, String spaceId);

    long pending();
}
