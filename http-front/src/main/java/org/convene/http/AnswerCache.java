package org.convene.http;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the answers of public, address-only routes (the same bytes for everyone at one path) so a repeated read is
 * served without rendering or querying again. Each kept answer carries a strong ETag (the route's own, or one made
 * from its bytes) and conditional requests are answered 304 from it. The whole cache is cleared by {@link #clear()}
 * on every write; entries also expire after a while as a safety net. Never wrap a route whose answer depends on who
 * asks or on a secret in its path.
 */
public final class AnswerCache {

    private final Cache<String, HttpAnswer> answers;
    private final AtomicLong generation = new AtomicLong();

    public AnswerCache(Ticker ticker, long maximumSize, Duration expireAfterWrite) {
        answers = Caffeine.newBuilder().ticker(requireNonNull(ticker, "ticker")).maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite).build();
    }

    /** A cache of up to 10,000 addresses, each kept at most 60 seconds. */
    public static AnswerCache standard() {
        return new AnswerCache(Ticker.systemTicker(), 10_000, Duration.ofSeconds(60));
    }

    /** Serves {@code route} through this cache: its 200 and 404 answers are kept by path. */
    public Route cached(Route route) {
        requireNonNull(route, "route");
        return call -> Validators.answer(call, answerFor(call, route));
    }

    /** Forgets every kept answer; a render that began before this call is not kept. */
    public void clear() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    private HttpAnswer answerFor(HttpCall call, Route route) throws Exception {
        HttpAnswer kept = answers.getIfPresent(call.path());
        if (kept != null) {
            return kept;
        }
        long before = generation.get();
        HttpAnswer fresh = tagged(route.handle(Validators.unconditional(call)));
        if (fresh.status() == 200 || fresh.status() == 404) {
            answers.put(call.path(), fresh);
            if (generation.get() != before) {
                answers.invalidate(call.path());
            }
        }
        return fresh;
    }

    private static HttpAnswer tagged(HttpAnswer answer) {
        if (answer.status() != 200 || Validators.first(answer.headers(), "ETag") != null) {
            return answer;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(answer.headers());
        headers.put("ETag", List.of("\"" + HexFormat.of().formatHex(sha256(answer.body()), 0, 16) + "\""));
        return new HttpAnswer(200, answer.contentType(), Map.copyOf(headers), answer.body());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
