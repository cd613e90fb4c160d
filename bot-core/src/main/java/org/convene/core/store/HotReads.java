package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.convene.core.domain.Community;
import org.convene.core.domain.Group;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.domain.SpaceRef;

/**
 * The bounded caches of the reads every command makes (a space's community, a community or a group by id, a group by
 * slug, the member behind an identity), and the caches of what pages show, which register with {@link #alsoClear}. Entries expire after a while as a
 * safety net; this instance's writes invalidate at once and again when their transaction ends (so a rolled-back write
 * never leaves a stale entry), and other instances' writes arrive through {@link CacheInvalidations}. A write of
 * events or answers clears only the page caches, and tells the other instances after it commits, off its own path.
 */
public final class HotReads {

    /** Keys a group by its community and slug. */
    record GroupKey(long communityId, String slug) {
    }

    /** Keys a member by the community and the platform identity they act with. */
    record MemberKey(long communityId, Identity identity) {
    }

    /** How long the commits of events and answers gather before the other instances are told of them. */
    public static final Duration ANNOUNCEMENT_GATHERING = Duration.ofMillis(20);

    private final Cache<SpaceRef, Optional<Community>> communities;
    private final Cache<GroupKey, Optional<Group>> groups;
    private final Cache<Long, Optional<Group>> groupsById;
    private final Cache<Long, Optional<Community>> communitiesById;
    private final Cache<MemberKey, Optional<Member>> members;
    /** Counts the clearings, so a read that a clearing overtook does not put back what it loaded before it. */
    private final AtomicLong clearings = new AtomicLong();
    private final List<Runnable> alsoCleared = new CopyOnWriteArrayList<>();
    private final AtomicBoolean contentNewsPending = new AtomicBoolean();
    private final Executor announcing;

    public HotReads(Ticker ticker, long maximumSize, Duration expireAfterWrite) {
        this(ticker, maximumSize, expireAfterWrite, onVirtualThreads());
    }

    /**
     * As above; {@code announcing} sends the notification of committed writes of events or answers (the default
     * gathers them for {@link #ANNOUNCEMENT_GATHERING} first).
     */
    public HotReads(Ticker ticker, long maximumSize, Duration expireAfterWrite, Executor announcing) {
        requireNonNull(ticker, "ticker");
        this.announcing = requireNonNull(announcing, "announcing");
        communities = Caffeine.newBuilder().ticker(ticker).maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite).recordStats().build();
        groups = Caffeine.newBuilder().ticker(ticker).maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite).recordStats().build();
        groupsById = Caffeine.newBuilder().ticker(ticker).maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite).recordStats().build();
        communitiesById = Caffeine.newBuilder().ticker(ticker).maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite).recordStats().build();
        members = Caffeine.newBuilder().ticker(ticker).maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite).recordStats().build();
    }

    /**
     * Sends each announcement on a virtual thread once {@link #ANNOUNCEMENT_GATHERING} has passed, so a stream of
     * answers to a hot event costs the database one notification per interval, not one per commit.
     */
    private static Executor onVirtualThreads() {
        ThreadFactory threads = Thread.ofVirtual().name("convene-content-news").factory();
        return CompletableFuture.delayedExecutor(ANNOUNCEMENT_GATHERING.toMillis(), TimeUnit.MILLISECONDS,
                task -> threads.newThread(task).start());
    }

    /**
     * Reads through the cache. Inside a transaction it goes to the store (the transaction must see its own writes
     * and must not cache what may roll back); outside one it loads without holding the cache's per-key lock, so a
     * thread that holds a connection never waits on another that needs one. What it loaded is kept only if no
     * clearing happened meanwhile: a write that committed during the load would otherwise be hidden until expiry.
     */
    <K, V> V read(Cache<K, V> cache, K key, Function<K, V> store, Jdbc jdbc) {
        if (jdbc.transactionOpen()) {
            return store.apply(key);
        }
        V cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long clearedBefore = clearings.get();
        V loaded = store.apply(key);
        if (clearings.get() == clearedBefore) {
            cache.put(key, loaded);
            if (clearings.get() != clearedBefore) {
                cache.invalidate(key);
            }
        }
        return loaded;
    }

    /** Reports each cache's size, hits, misses and evictions through Micrometer's Caffeine binder. */
    public void monitor(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, communities, "communities");
        CaffeineCacheMetrics.monitor(registry, groups, "groups");
        CaffeineCacheMetrics.monitor(registry, groupsById, "groups_by_id");
        CaffeineCacheMetrics.monitor(registry, communitiesById, "communities_by_id");
        CaffeineCacheMetrics.monitor(registry, members, "members");
    }

    public static HotReads standard() {
        return new HotReads(Ticker.systemTicker(), 10_000, Duration.ofSeconds(30));
    }

    Cache<SpaceRef, Optional<Community>> communities() {
        return communities;
    }

    Cache<GroupKey, Optional<Group>> groups() {
        return groups;
    }

    Cache<Long, Optional<Group>> groupsById() {
        return groupsById;
    }

    Cache<Long, Optional<Community>> communitiesById() {
        return communitiesById;
    }

    Cache<MemberKey, Optional<Member>> members() {
        return members;
    }

    /**
     * What every write does: clears the caches now, again when its transaction ends (so a rollback leaves nothing
     * stale), and tells the other instances once it commits.
     */
    void invalidateOnWrite(Jdbc jdbc) {
        invalidateAll();
        jdbc.afterCompletion(this::invalidateAll);
        CacheInvalidations.announce(jdbc);
    }

    /**
     * What a write of events or answers does. They change what pages show, not the communities and groups cached
     * here, so it clears only the page caches, now and again when its transaction ends; once it commits it tells the
     * other instances off the writer's path (and outside the event's lock): one notification at a time on
     * {@code announcing}, shared by the commits made while it waits to be sent.
     */
    void contentChangedOnWrite(Jdbc jdbc) {
        clearContent();
        jdbc.afterCompletion(this::clearContent);
        jdbc.afterCommit(() -> announceContent(jdbc));
    }

    private void announceContent(Jdbc jdbc) {
        if (contentNewsPending.compareAndSet(false, true)) {
            announcing.execute(() -> {
                contentNewsPending.set(false);
                CacheInvalidations.announceContent(jdbc);
            });
        }
    }

    /**
     * What a write of members or identities does. They change no community or group, so it clears only the cached
     * members (and the pages, which show members' names), now and when its transaction ends, and tells the other
     * instances to do the same once it commits: a ticket drop full of newcomers does not empty every cache.
     */
    void membersChangedOnWrite(Jdbc jdbc) {
        clearMembers();
        jdbc.afterCompletion(this::clearMembers);
        CacheInvalidations.announceMembers(jdbc);
    }

    /** Clears the cached members and the caches of what pages show: after a write of members, here or elsewhere. */
    public void clearMembers() {
        clearings.incrementAndGet();
        members.invalidateAll();
        clearContent();
    }

    /** Clears the caches: after a write here, or when another instance reports one. */
    public void invalidateAll() {
        clearings.incrementAndGet();
        communities.invalidateAll();
        groups.invalidateAll();
        groupsById.invalidateAll();
        communitiesById.invalidateAll();
        members.invalidateAll();
        clearContent();
    }

    /** Clears the caches of what pages show: after a write of events or answers, here or on another instance. */
    public void clearContent() {
        alsoCleared.forEach(Runnable::run);
    }

    /** Runs {@code clear} whenever these caches are cleared, so another cache of read data follows every write. */
    public void alsoClear(Runnable clear) {
        alsoCleared.add(requireNonNull(clear, "clear"));
    }
}
