package org.convene.benchmarks.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;

/**
 * Where the load process receives the response_url posts of the measured commands: the project's own Jetty front,
 * which counts each run's answers and those that apologise and keeps nothing else. Slack's servers cost the bot's
 * machine nothing; the Slack stand-in's recording server (the JDK's built-in one) cost about 2 ms of CPU per post on
 * the cores the bot's acks share, during the bot's run only.
 */
final class ResponseUrlCounter implements AutoCloseable {

    private static final Pattern PATHS = Pattern.compile("/respond/[a-z0-9-]+/[0-9]+");
    private static final HttpAnswer OK = new HttpAnswer(200, "application/json", Map.of(),
            "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final HttpFront front;

    private ResponseUrlCounter() {
        front = new HttpFront(HttpFrontConfig.of("127.0.0.1", 0)).routeMatching(PATHS, Set.of("POST"), call -> {
            String run = call.path().split("/")[2];
            Run counted = runs.get(run);
            if (counted != null) {
                counted.received(new String(call.body(), StandardCharsets.UTF_8).contains("error id"));
            }
            return OK;
        });
    }

    static ResponseUrlCounter start() throws IOException {
        ResponseUrlCounter counter = new ResponseUrlCounter();
        counter.front.start();
        return counter;
    }

    /** Expects {@code total} answers for {@code run} from now on. */
    void expect(String run, int total) {
        runs.put(run, new Run(total));
    }

    /** The response URL of one command of {@code run}. */
    String url(String run, int index) {
        return "http://127.0.0.1:" + front.port() + "/respond/" + run + "/" + index;
    }

    /** Waits until every answer of {@code run} arrived or {@code timeout} passed; how many arrived, how many sorry. */
    Counted await(String run, Duration timeout) throws InterruptedException {
        Run counted = runs.get(run);
        counted.all.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return new Counted(counted.answered.get(), counted.apologies.get());
    }

    /** The answers that arrived, and how many of them were apologies. */
    record Counted(int answered, int apologies) {
    }

    @Override
    public void close() {
        front.close();
    }

    private static final class Run {

        private final CountDownLatch all;
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger apologies = new AtomicInteger();

        Run(int total) {
            all = new CountDownLatch(total);
        }

        void received(boolean apology) {
            answered.incrementAndGet();
            if (apology) {
                apologies.incrementAndGet();
            }
            all.countDown();
        }
    }
}
