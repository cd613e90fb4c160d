package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.core.domain.Platform;
import org.convene.core.port.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages: claims a batch under a lease, composes and publishes each outside any transaction,
 * and marks it sent, to be retried (after the platform's Retry-After, or with backoff) or failed. A message is lost
 * only to a permanent rejection, which the group's organizers are told about; it can repeat only if this worker dies
 * between the platform accepting it and the mark being written.
 */
public final class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    static final int MAX_ATTEMPTS = 12;
    static final Duration NO_PUBLISHER_DELAY = Duration.ofMinutes(1);

    private final OutboxRepository outbox;
    private final MessageComposer composer;
    private final Map<Platform, Publisher> publishers;
    private final FailureReporter failures;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final int batchSize;

    public OutboxWorker(OutboxRepository outbox, MessageComposer composer, List<Publisher> publishers,
                        FailureReporter failures, Clock clock, String owner, Duration lease, int batchSize) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.composer = requireNonNull(composer, "composer");
        this.publishers = publishers.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Publisher::platform, publisher -> publisher));
        this.failures = requireNonNull(failures, "failures");
        this.clock = requireNonNull(clock, "clock");
        this.owner = requireNonNull(owner, "owner");
        this.lease = requireNonNull(lease, "lease");
        this.batchSize = batchSize;
    }

    /** Delivers batches until nothing is due; returns how many messages were handled. */
    public int drain() {
        int handled = 0;
        for (int count = runOnce(); count > 0; count = runOnce()) {
            handled += count;
        }
        return handled;
    }

    /** Claims and handles one batch; returns its size. */
    public int runOnce() {
        List<OutboxMessage> batch = claim();
        batch.forEach(this::deliver);
        return batch.size();
    }

    /** Claims a batch without handling it: what a worker that dies right after claiming leaves behind. */
    public List<OutboxMessage> claim() {
        return outbox.claim(owner, clock.instant(), lease, batchSize);
    }

    private void deliver(OutboxMessage message) {
        Instant now = clock.instant();
        try {
            MessageComposer.Composed composed = composer.compose(message);
            if (composed.delivery().isEmpty()) {
                outbox.markSkipped(message.id(), composed.skipReason(), now);
                return;
            }
            Publisher publisher = publishers.get(message.platform());
            if (publisher == null) {
                outbox.markRetry(message.id(), now.plus(NO_PUBLISHER_DELAY), "no " + message.platform()
                        + " publisher on this instance");
                return;
            }
            record(message, publisher.publish(composed.delivery().get()), now);
        } catch (RuntimeException failure) {
            LOG.warn("Outbox message {} ({}) failed; it will be retried", message.id(), message.kind(), failure);
            retryOrFail(message, backoff(message.attempts()), failure.getClass().getSimpleName(), now);
        }
    }

    private void record(OutboxMessage message, Delivery.Result result, Instant now) {
        switch (result) {
            case Delivery.Sent sent -> outbox.markSent(message.id(), sent.messageRef(), now);
            case Delivery.Retry retry -> retryOrFail(message, retry.after().compareTo(Duration.ZERO) > 0
                    ? retry.after() : backoff(message.attempts()), retry.reason(), now);
            case Delivery.Rejected rejected -> {
                outbox.markFailed(message.id(), rejected.reason(), now);
                failures.report(message, rejected.reason());
            }
        }
    }

    private void retryOrFail(OutboxMessage message, Duration after, String reason, Instant now) {
        if (message.attempts() >= MAX_ATTEMPTS) {
            outbox.markFailed(message.id(), "gave up after " + message.attempts() + " attempts: " + reason, now);
            failures.report(message, "it could not be delivered after " + message.attempts() + " attempts");
        } else {
            outbox.markRetry(message.id(), now.plus(after), reason);
        }
    }

    /** 2 s, 4 s, 8 s ... up to 15 minutes. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts, 1), 10);
        return Duration.ofSeconds(Math.min(seconds, Duration.ofMinutes(15).toSeconds()));
    }
}
