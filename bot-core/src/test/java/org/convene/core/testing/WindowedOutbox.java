package org.convene.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.ClaimScope;
import org.convene.core.outbox.Lease;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.port.OutboxRepository;

/** The outbox, telling {@link SendWindows} when a worker's send starts (its renewal) and ends (its mark). */
public final class WindowedOutbox implements OutboxRepository {

    private final OutboxRepository outbox;
    private final SendWindows windows;
    private final AtomicInteger refusedRenewals = new AtomicInteger();

    public WindowedOutbox(OutboxRepository outbox, SendWindows windows) {
        this.outbox = outbox;
        this.windows = windows;
    }

    @Override
    public boolean add(OutboxMessage message) {
        return outbox.add(message);
    }

    @Override
    public List<OutboxMessage> claim(Lease lease, ClaimScope scope, Instant now, Duration duration, int limit) {
        return outbox.claim(lease, scope, now, duration, limit);
    }

    @Override
    public boolean renew(long id, Lease lease, Instant until) {
        windows.opened();
        if (outbox.renew(id, lease, until)) {
            return true;
        }
        refusedRenewals.incrementAndGet();
        return closing(false);
    }

    /** Renewals refused because another claim had taken the message after its lease lapsed. */
    public int refusedRenewals() {
        return refusedRenewals.get();
    }

    @Override
    public boolean markSent(long id, Lease lease, String messageRef, Instant now) {
        return closing(outbox.markSent(id, lease, messageRef, now));
    }

    @Override
    public boolean markRetry(long id, Lease lease, Instant dueAt, String reason) {
        return closing(outbox.markRetry(id, lease, dueAt, reason));
    }

    @Override
    public boolean markFailed(long id, Lease lease, String reason, Instant now) {
        return closing(outbox.markFailed(id, lease, reason, now));
    }

    @Override
    public boolean markSkipped(long id, Lease lease, String reason, Instant now) {
        return closing(outbox.markSkipped(id, lease, reason, now));
    }

    @Override
    public Optional<String> lastReference(long eventId, MessageKind kind, Platform platform, String spaceId) {
        return outbox.lastReference(eventId, kind, platform, spaceId);
    }

    @Override
    public long pending() {
        return outbox.pending();
    }

    private boolean closing(boolean marked) {
        windows.closed();
        return marked;
    }
}
