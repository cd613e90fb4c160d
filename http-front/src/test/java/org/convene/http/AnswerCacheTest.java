package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The answer cache keeps 200s and 404s by path, answers 304 from its ETag, and never keeps a stale render. */
class AnswerCacheTest {

    private final AnswerCache answers = new AnswerCache(Ticker.systemTicker(), 100, Duration.ofSeconds(60));
    private final AtomicInteger renders = new AtomicInteger();

    private static HttpCall get(String path, String... headers) {
        Map<String, List<String>> named = headers.length == 0 ? Map.of() : Map.of(headers[0], List.of(headers[1]));
        return new HttpCall("GET", path, null, named, new byte[0], "127.0.0.1");
    }

    @Test
    void aPageIsRenderedOncePerPathUntilCleared() throws Exception {
        Route route = answers.cached(call -> HttpAnswer.text(200, "render " + renders.incrementAndGet()));

        route.handle(get("/c/one"));
        route.handle(get("/c/one"));
        route.handle(get("/c/two"));
        answers.clear();
        route.handle(get("/c/one"));

        assertThat(renders).hasValue(3);
    }

    @Test
    void aConditionalRequestWithTheKeptETagIsAnswered304AndTheRouteSeesNoConditionalHeader() throws Exception {
        Route route = answers.cached(call -> {
            assertThat(call.header("If-None-Match")).isEmpty();
            return HttpAnswer.text(200, "page");
        });
        String tag = route.handle(get("/c/one")).headers().get("ETag").getFirst();

        HttpAnswer again = route.handle(get("/c/one", "If-None-Match", tag));
        HttpAnswer other = route.handle(get("/c/one", "If-None-Match", "\"another\""));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void aFailureIsNotKept() throws Exception {
        Route route = answers.cached(call -> HttpAnswer.text(renders.incrementAndGet() == 1 ? 500 : 200, "page"));

        assertThat(route.handle(get("/c/one")).status()).isEqualTo(500);
        assertThat(route.handle(get("/c/one")).status()).isEqualTo(200);
    }

    @Test
    void aRenderThatAWriteOverlapsIsServedOnceButNotKept() throws Exception {
        Route route = answers.cached(call -> {
            if (renders.incrementAndGet() == 1) {
                answers.clear();
            }
            return HttpAnswer.text(200, "render " + renders.get());
        });

        route.handle(get("/c/one"));
        route.handle(get("/c/one"));
        route.handle(get("/c/one"));

        assertThat(renders).hasValue(2);
    }
}
