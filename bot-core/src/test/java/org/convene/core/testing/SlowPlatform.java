package org.convene.core.testing;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;

/**
 * A platform that is slow and sometimes failing: each call ends 0.5 to 3 seconds of the shared test clock after its
 * send began (calls from several threads overlap, as they would on a real clock), so leases really lapse while a
 * worker waits; two calls in a hundred take 45 seconds (longer than a worker
 * budgets for, so the rest of its batch can lapse), 5% answer a server error and 3% a rate limit with a Retry-After of
 * 1 to 3 seconds. It counts, per delivery key, how many times a message was accepted.
 */
public final class SlowPlatform implements Publisher {

    private final Platform platform;
    private final SendWindows windows;
    private final SplittableRandom random;
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public SlowPlatform(Platform platform, SendWindows windows, long seed) {
        this.platform = platform;
        this.windows = windows;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        calls.incrementAndGet();
        int draw;
        long millis;
        synchronized (random) {
            draw = random.nextInt(100);
            millis = draw >= 98 ? 45_000 : random.nextLong(500, 3_001);
        }
        windows.advanceBy(Duration.ofMillis(millis));
        if (draw < 5) {
            return new Delivery.Retry(Duration.ZERO, "500 Internal Server Error");
        }
        if (draw < 8) {
            return new Delivery.Retry(Duration.ofSeconds(draw - 4), "429 Too Many Requests");
        }
        accepted.computeIfAbsent(delivery.key(), key -> new AtomicInteger()).incrementAndGet();
        return new Delivery.Sent("message-" + delivery.key());
    }

    /** How many times each key was accepted. */
    public Map<String, Integer> accepted() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        accepted.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    public int calls() {
        return calls.get();
    }
}
