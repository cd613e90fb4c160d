package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.core.domain.Platform;
import org.convene.core.port.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages: claims, within what its instance can deliver, no more than it can send within its
 * lease, renews the lease on each message just before publishing it (leaving it alone if another claim took it
 * meanwhile), and writes the outcome back only while still holding the lease. Retries wait for the platform's Retry-After or back off; after a bounded number of
 * tries a message is recorded as failed and the group's organizers are told. A message can repeat only if a single
 * send outlasts the lease, or if this worker dies between the platform accepting it and the mark being written.
 */
public final class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    static final int MAX_ATTEMPTS = 12;
    static final int MAX_CLAIM = 50;
    static final Duration NO_PUBLISHER_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final OutboxRepository outbox;
    private final MessageComposer composer;
    private final Map<Platform, Publisher> publishers;
    private final FailureReporter failures;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final int claimLimit;
    private final ClaimScope scope;

    /** A worker that claims every message it may know, whichever publishers it has. */
    public OutboxWorker(OutboxRepository outbox, MessageComposer composer, List<Publisher> publishers,
                        FailureReporter failures, Clock clock, String owner, Duration lease, Duration longestSend) {
        this(outbox, composer, publishers, failures, clock, owner, lease, longestSend, ClaimScope.everything());
    }

    /**
     * @param lease how long a claim holds a message, measured on {@code clock}
     * @param longestSend the longest one publish call may take (its timeouts included); must be shorter than the
     *                    lease, which then covers {@code lease / longestSend} messages per claim (at most 50)
     * @param scope what this instance can deliver: it claims only those messages
     */
    public OutboxWorker(OutboxRepository outbox, MessageComposer composer, List<Publisher> publishers,
                        FailureReporter failures, Clock clock, String owner, Duration lease, Duration longestSend,
                        ClaimScope scope) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.composer = requireNonNull(composer, "composer");
        this.publishers = publishers.stream().collect(Collectors.toUnmodifiableMap(Publisher::platform,
                publisher -> publisher));
        this.failures = requireNonNull(failures, "failures");
        this.clock = requireNonNull(clock, "clock");
        this.owner = requireNonNull(owner, "owner");
        this.lease = requireNonNull(lease, "lease");
        if (longestSend.isNegative() || longestSend.isZero() || longestSend.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("the longest send (" + longestSend + ") must be positive and shorter "
                    + "than the lease (" + lease + ")");
        }
        this.claimLimit = (int) Math.min(MAX_CLAIM, lease.dividedBy(longestSend));
        this.scope = requireNonNull(scope, "scope");
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
        Lease claim = Lease.next(owner);
        List<OutboxMessage> batch = outbox.claim(claim, scope, clock.instant(), lease, claimLimit);
        batch.forEach(message -> deliver(message, claim));
        return batch.size();
    }

    /** Claims a batch without handling it: what a worker that dies right after claiming leaves behind. */
    public List<OutboxMessage> claim() {
        return outbox.claim(Lease.next(owner), scope, clock.instant(), lease, claimLimit);
    }

    private void deliver(OutboxMessage message, Lease claim) {
        try {
            MessageComposer.Composed composed = composer.compose(message);
            if (composed.delivery().isEmpty()) {
                outbox.markSkipped(message.id(), claim, composed.skipReason(), clock.instant());
                return;
            }
            Publisher publisher = publishers.get(message.platform());
            if (publisher == null) {
                retryOrFail(message, claim, NO_PUBLISHER_DELAY, "no " + message.platform()
                        + " publisher on this instance");
                return;
            }
            if (!outbox.renew(message.id(), claim, clock.instant().plus(lease))) {
                LOG.info("Outbox message {} was claimed again after this lease lapsed; left to that claim",
                        message.id());
                return;
            }
            record(message, claim, publisher.publish(composed.delivery().get()));
        } catch (Throwable failure) {
            LOG.error("Outbox message {} ({}) failed; it will be retried", message.id(), message.kind(), failure);
            retryOrFail(message, claim, backoff(message.attempts()), failure.getClass().getSimpleName());
        }
    }

    private void record(OutboxMessage message, Lease claim, Delivery.Result result) {
        switch (result) {
            case Delivery.Sent sent -> {
                if (!outbox.markSent(message.id(), claim, sent.messageRef(), clock.instant())) {
                    LOG.warn("Outbox message {} was accepted after its lease passed to another claim; it may be "
                            + "delivered twice", message.id());
                }
            }
            case Delivery.Retry retry -> retryOrFail(message, claim, retry.after().compareTo(Duration.ZERO) > 0
                    ? retry.after() : backoff(message.attempts()), retry.reason());
            case Delivery.Rejected rejected -> {
                if (outbox.markFailed(message.id(), claim, rejected.reason(), clock.instant())) {
                    failures.report(message, rejected.reason());
                }
            }
        }
    }

    private void retryOrFail(OutboxMessage message, Lease claim, Duration after, String reason) {
        Instant now = clock.instant();
        if (message.attempts() >= MAX_ATTEMPTS) {
            if (outbox.markFailed(message.id(), claim, "gave up after " + message.attempts() + " attempts: "
                    + reason, now)) {
                failures.report(message, "it could not be delivered after " + message.attempts() + " attempts");
            }
        } else {
            outbox.markRetry(message.id(), claim, now.plus(after.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : after),
                    reason);
        }
    }

    /** 2 s, 4 s, 8 s ... up to 15 minutes. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts, 1), 10);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }
}
