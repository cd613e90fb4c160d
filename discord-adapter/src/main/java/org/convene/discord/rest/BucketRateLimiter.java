package org.convene.discord.rest;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import net.dv8tion.jda.api.requests.RestRateLimiter;
import net.dv8tion.jda.api.requests.Route;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's REST rate limiter without a global lock: each of Discord's buckets (a route's hash and its major parameters,
 * so each interaction token has its own) keeps its own queue and lock, and sends its requests one at a time on
 * JDA's elastic pool, waiting out what Discord's headers and 429s say of that bucket alone. JDA's own limiter guards
 * every bucket with one lock, which under load made follow-ups fail to even be queued.
 */
public final class BucketRateLimiter implements RestRateLimiter {

    static final String UNINITIALIZED = "uninit";
    private static final Logger LOG = LoggerFactory.getLogger(BucketRateLimiter.class);
    private static final long CLEANUP_SECONDS = 30;

    private final RateLimitConfig config;
    private final LongSupplier clockMillis;
    private final Map<Route, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, RateLimitBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Future<?> cleanup;
    private volatile boolean stopped;

    public BucketRateLimiter(RateLimitConfig config) {
        this(config, System::currentTimeMillis);
    }

    /** As above, reading the time (epoch milliseconds, as Discord's limits are kept) from {@code clockMillis}. */
    BucketRateLimiter(RateLimitConfig config, LongSupplier clockMillis) {
        this.config = requireNonNull(config, "config");
        this.clockMillis = requireNonNull(clockMillis, "clockMillis");
        this.cleanup = config.getScheduler().scheduleAtFixedRate(this::removeSpentBuckets, CLEANUP_SECONDS,
                CLEANUP_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void enqueue(Work request) {
        unfinished.incrementAndGet();
        place(request);
    }

    private void place(Work request) {
        Route.CompiledRoute route = request.getRoute();
        String id = hashes.getOrDefault(route.getBaseRoute(), UNINITIALIZED + "+" + route.getBaseRoute()) + ":"
                + route.getMajorParameters();
        boolean[] start = new boolean[1];
        RateLimitBucket bucket = buckets.compute(id, (key, known) -> {
            RateLimitBucket chosen = known != null ? known
                    : new RateLimitBucket(key, route.getBaseRoute().isInteractionBucket());
            start[0] = chosen.offer(request);
            return chosen;
        });
        if (start[0]) {
            drainAfter(bucket, 0);
        }
    }

    private void drainAfter(RateLimitBucket bucket, long delayMillis) {
        try {
            if (delayMillis <= 0) {
                config.getElastic().execute(() -> drain(bucket));
            } else {
                config.getScheduler().schedule(() -> drainAfter(bucket, 0), delayMillis, TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException shutDown) {
            bucket.stopDraining();
            LOG.debug("JDA's rate-limit pools are shut down; bucket {} stops", bucket);
        }
    }

    /** Sends the bucket's requests in order until it is empty or must wait, then schedules the rest. */
    private void drain(RateLimitBucket bucket) {
        while (true) {
            long wait = Math.max(globalWait(bucket), bucket.waitMillis(clockMillis.getAsLong()));
            if (wait > 0) {
                LOG.debug("Bucket {} waits {} ms", bucket, wait);
                drainAfter(bucket, wait);
                return;
            }
            Work request = bucket.next();
            if (request == null) {
                return;
            }
            if (request.isSkipped()) {
                finish();
            } else if (bucket.isUninitialized() && hashes.containsKey(request.getRoute().getBaseRoute())) {
                place(request);
            } else {
                send(bucket, request);
            }
        }
    }

    private void send(RateLimitBucket bucket, Work request) {
        try {
            Response response = request.execute();
            if (response != null) {
                learn(request.getRoute(), RateLimitAnswer.of(response, config.isRelative(),
                        clockMillis.getAsLong()), bucket);
            }
        } catch (RuntimeException failure) {
            LOG.error("A Discord request on {} failed to run", request.getRoute().getBaseRoute(), failure);
            finish();
            return;
        }
        if (request.isDone()) {
            finish();
        } else {
            bucket.retry(request);
        }
    }

    /** Keeps what an answer said: the route's bucket hash, and a 429's wait or the bucket's remaining requests. */
    private void learn(Route.CompiledRoute route, RateLimitAnswer answer, RateLimitBucket sent) {
        RateLimitBucket bucket = sent;
        if (answer.hash() != null) {
            hashes.putIfAbsent(route.getBaseRoute(), answer.hash());
            bucket = buckets.computeIfAbsent(hashes.get(route.getBaseRoute()) + ":" + route.getMajorParameters(),
                    key -> new RateLimitBucket(key, route.getBaseRoute().isInteractionBucket()));
        }
        long now = clockMillis.getAsLong();
        if (answer.refused()) {
            if (answer.global()) {
                config.getGlobalRateLimit().setClassic(now + answer.retryAfterMillis());
                LOG.warn("Discord's global rate limit: waiting {} ms", answer.retryAfterMillis());
            } else if (answer.cloudflare()) {
                config.getGlobalRateLimit().setCloudflare(now + answer.retryAfterMillis());
                LOG.error("Cloudflare's rate limit: waiting {} ms", answer.retryAfterMillis());
            } else {
                bucket.limit(0, now + answer.retryAfterMillis());
                LOG.debug("429 on {} (bucket {}): waiting {} ms", route.getBaseRoute(), bucket,
                        answer.retryAfterMillis());
            }
        } else if (answer.hash() != null) {
            bucket.limit(answer.remaining(), answer.resetAtMillis());
        }
    }

    private long globalWait(RateLimitBucket bucket) {
        GlobalRateLimit global = config.getGlobalRateLimit();
        long until = bucket.isInteraction() ? global.getCloudflare()
                : Math.max(global.getClassic(), global.getCloudflare());
        return until - clockMillis.getAsLong();
    }

    private void finish() {
        if (unfinished.decrementAndGet() == 0 && stopped) {
            shutDown();
        }
    }

    private void shutDown() {
        cleanup.cancel(false);
        finished.complete(null);
    }

    private void removeSpentBuckets() {
        long now = clockMillis.getAsLong();
        buckets.keySet().forEach(id -> buckets.computeIfPresent(id, (key, bucket) ->
                bucket.isSpent(now) ? null : bucket));
    }

    @Override
    public void stop(boolean shutdown, Runnable callback) {
        finished.thenRun(callback);
        stopped = true;
        if (shutdown) {
            buckets.values().forEach(bucket -> bucket.cancelWhere(request -> true));
            shutDown();
        } else if (unfinished.get() == 0) {
            shutDown();
        } else {
            LOG.info("Waiting for {} Discord requests to finish", unfinished.get());
        }
    }

    @Override
    public boolean isStopped() {
        return stopped;
    }

    @Override
    public int cancelRequests() {
        int cancelled = buckets.values().stream()
                .mapToInt(bucket -> bucket.cancelWhere(request -> !request.isPriority() && !request.isCancelled()))
                .sum();
        if (cancelled > 0) {
            LOG.warn("Cancelled {} Discord requests", cancelled);
        }
        return cancelled;
    }
}
