package org.convene.discord.rest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;
import net.dv8tion.jda.api.requests.RestRateLimiter.Work;

/**
 * One rate-limit bucket of Discord's REST API: its requests in order, what Discord last said of the bucket (requests
 * remaining, when it resets), and whether a drain is running. Each bucket has its own lock, held only to change
 * that state, never while a request is sent; requests of other buckets never wait for it.
 */
final class RateLimitBucket {

    private final String id;
    private final boolean interaction;
    private final Deque<Work> requests = new ArrayDeque<>();
    private boolean draining;
    private int remaining = 1;
    private long resetAtMillis;

    /**
     * @param id the bucket's hash (or "uninit+route" before Discord named it) and the route's major parameters
     * @param interaction whether the route answers interactions, which only a Cloudflare ban holds back globally
     */
    RateLimitBucket(String id, boolean interaction) {
        this.id = requireNonNull(id, "id");
        this.interaction = interaction;
    }

    String id() {
        return id;
    }

    boolean isInteraction() {
        return interaction;
    }

    boolean isUninitialized() {
        return id.startsWith(BucketRateLimiter.UNINITIALIZED);
    }

    /** Queues the request last; true if no drain runs, so the caller must start one. */
    synchronized boolean offer(Work request) {
        requests.addLast(request);
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    /** Puts a request Discord refused back in front, to be sent again first. */
    synchronized void retry(Work request) {
        requests.addFirst(request);
    }

    /** How long the bucket must still wait before its next request, in milliseconds (0 when it may send now). */
    synchronized long waitMillis(long nowMillis) {
        if (resetAtMillis <= nowMillis) {
            remaining = Math.max(remaining, 1);
            return 0;
        }
        return remaining > 0 ? 0 : resetAtMillis - nowMillis;
    }

    /**
     * The next request to send, counting it against the bucket; null when the bucket is empty, which also ends the
     * drain (the next {@link #offer} starts another).
     */
    synchronized Work next() {
        Work request = requests.pollFirst();
        if (request == null) {
            draining = false;
        } else {
            remaining--;
        }
        return request;
    }

    /** Ends a drain that cannot go on (its executor refused it); the next {@link #offer} starts another. */
    synchronized void stopDraining() {
        draining = false;
    }

    /** What Discord said of the bucket in an answer's headers. */
    synchronized void limit(int remainingRequests, long resetAt) {
        remaining = remainingRequests;
        resetAtMillis = resetAt;
    }

    /** Marks every queued request that matches, and counts them. */
    synchronized int cancelWhere(Predicate<Work> which) {
        int cancelled = 0;
        for (Work request : requests) {
            if (which.test(request)) {
                request.cancel();
                cancelled++;
            }
        }
        return cancelled;
    }

    /** Whether the bucket holds nothing worth keeping: no request, no drain, no limit still in force. */
    synchronized boolean isSpent(long nowMillis) {
        return requests.isEmpty() && !draining && resetAtMillis <= nowMillis;
    }

    @Override
    public String toString() {
        return id;
    }
}
