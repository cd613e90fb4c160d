package org.convene.discord.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestRateLimiter;
import net.dv8tion.jda.api.requests.Route;
import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limiter on its own, with requests whose answers are scripted, a clock the test moves, and a scheduler that holds
 * every delayed drain for the test to inspect and run, so no test waits out a rate limit.
 */
class BucketRateLimiterTest {

    private static final long WAIT = 10;
    private final HeldScheduler scheduler = new HeldScheduler();
    private final ExecutorService elastic = Executors.newCachedThreadPool();
    private final RestRateLimiter.GlobalRateLimit global = RestRateLimiter.GlobalRateLimit.create();
    private final AtomicLong nowMillis = new AtomicLong(1_800_000_000_000L);
    private final BucketRateLimiter limiter = new BucketRateLimiter(
            new RestRateLimiter.RateLimitConfig(scheduler, elastic, global, true), nowMillis::get);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        elastic.shutdownNow();
    }

    @Test
    void a429HoldsBackOnlyItsOwnBucketForItsRetryAfter() throws Exception {
        ScriptedWork refused = new ScriptedWork(callback("token-a"),
                answer(429, Map.of("Retry-After", "2", "X-RateLimit-Scope", "user")), answer(204, Map.of()));
        ScriptedWork other = new ScriptedWork(callback("token-b"), answer(204, Map.of()));

        limiter.enqueue(refused);
        assertThat(refused.firstSent.await(WAIT, TimeUnit.SECONDS)).isTrue();
        HeldTask retry = scheduler.held.poll(WAIT, TimeUnit.SECONDS);
        limiter.enqueue(other);

        assertThat(other.finished.await(WAIT, TimeUnit.SECONDS)).as("another bucket's request").isTrue();
        assertThat(retry).isNotNull();
        assertThat(retry.delayMillis()).isEqualTo(2_000L);
        assertThat(refused.sent.get()).isEqualTo(1);
        nowMillis.addAndGet(2_000);
        retry.task().run();
        assertThat(refused.finished.await(WAIT, TimeUnit.SECONDS)).as("the refused request, sent again").isTrue();
        assertThat(refused.sent.get()).isEqualTo(2);
    }

    @Test
    void requestsOfOneBucketGoOneAtATimeInTheirOrder() throws Exception {
        ScriptedWork first = new ScriptedWork(message("42"), answer(200, Map.of()));
        limiter.enqueue(first);
        assertThat(first.finished.await(WAIT, TimeUnit.SECONDS)).as("the request that names the bucket").isTrue();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<ScriptedWork> requests = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            String name = "request-" + index;
            requests.add(new ScriptedWork(message("42"), answer(200, Map.of())) {
                @Override
                public Response execute() {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    order.add(name);
                    Response response = super.execute();
                    inFlight.decrementAndGet();
                    return response;
                }
            });
        }

        requests.forEach(limiter::enqueue);

        for (ScriptedWork request : requests) {
            assertThat(request.finished.await(WAIT, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(order).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20)
                .mapToObj(index -> "request-" + index).toList());
        assertThat(mostInFlight.get()).isEqualTo(1);
    }

    @Test
    void theBotsGlobal429HoldsBackOtherRoutesButNotInteractionCallbacks() throws Exception {
        ScriptedWork refused = new ScriptedWork(message("1"),
                answer(429, Map.of("Retry-After", "5", "X-RateLimit-Global", "true", "X-RateLimit-Scope", "global")),
                answer(200, Map.of()));
        limiter.enqueue(refused);
        assertThat(refused.firstSent.await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(scheduler.held.poll(WAIT, TimeUnit.SECONDS)).isNotNull();
        assertThat(global.getClassic()).isEqualTo(nowMillis.get() + 5_000);

        ScriptedWork callback = new ScriptedWork(callback("token-c"), answer(204, Map.of()));
        ScriptedWork elsewhere = new ScriptedWork(message("2"), answer(200, Map.of()));
        limiter.enqueue(callback);
        limiter.enqueue(elsewhere);

        assertThat(callback.finished.await(WAIT, TimeUnit.SECONDS)).as("the interaction callback").isTrue();
        HeldTask held = scheduler.held.poll(WAIT, TimeUnit.SECONDS);
        assertThat(held).isNotNull();
        assertThat(held.delayMillis()).isEqualTo(5_000L);
        assertThat(elsewhere.sent.get()).isZero();
    }

    private static Route.CompiledRoute callback(String token) {
        return Route.Interactions.CALLBACK.compile("1", token);
    }

    private static Route.CompiledRoute message(String channel) {
        return Route.Messages.SEND_MESSAGE.compile(channel);
    }

    /** An answer as Discord sends it: its own headers, and those every answer carries. */
    private static Response answer(int status, Map<String, String> headers) {
        Headers.Builder all = new Headers.Builder().add("Via", "1.1 google").add("X-RateLimit-Bucket", "hash")
                .add("X-RateLimit-Limit", "50").add("X-RateLimit-Remaining", "49")
                .add("X-RateLimit-Reset-After", "1.000");
        headers.forEach(all::set);
        return new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/api/v10/").build())
                .protocol(Protocol.HTTP_1_1).code(status).message("answer").headers(all.build()).build();
    }

    /** A delayed task the limiter scheduled: held, not run, until the test runs it. */
    private record HeldTask(long delayMillis, Runnable task) {
    }

    /** A scheduler that holds every one-off delayed task; periodic ones (the cleanup) it schedules as usual. */
    private static final class HeldScheduler extends ScheduledThreadPoolExecutor {

        final BlockingQueue<HeldTask> held = new LinkedBlockingQueue<>();

        HeldScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            held.add(new HeldTask(unit.toMillis(delay), command));
            return super.schedule(() -> { }, 1, TimeUnit.DAYS);
        }
    }

    /** A request whose answers are given in advance; done once an answer is not a 429. */
    private static class ScriptedWork implements RestRateLimiter.Work {

        final CountDownLatch firstSent = new CountDownLatch(1);
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicInteger sent = new AtomicInteger();
        private final Route.CompiledRoute route;
        private final Deque<Response> answers;
        private volatile boolean done;
        private volatile boolean cancelled;

        ScriptedWork(Route.CompiledRoute route, Response... answers) {
            this.route = route;
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public Route.CompiledRoute getRoute() {
            return route;
        }

        @Override
        public JDA getJDA() {
            throw new UnsupportedOperationException("the limiter needs no JDA");
        }

        @Override
        public Response execute() {
            Response response = answers.poll();
            sent.incrementAndGet();
            firstSent.countDown();
            if (response != null && response.code() != 429) {
                done = true;
                finished.countDown();
            }
            return response;
        }

        @Override
        public boolean isSkipped() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public boolean isPriority() {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
