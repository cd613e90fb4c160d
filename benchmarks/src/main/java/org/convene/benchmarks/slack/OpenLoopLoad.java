package org.convene.benchmarks.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.Latencies;
import org.convene.slack.standin.SignedRequest;

/**
 * Sends requests at fixed instants (request i at start + i / rate, paced with {@code parkNanos}, never slipping
 * with the answers), each from a pool of platform threads, and measures each latency from its scheduled instant to its
 * HTTP answer, so a slow server cannot hide its queueing.
 */
public final class OpenLoopLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Requests in flight at once; a request waiting for a sender still counts its wait, from its scheduled instant. */
    private static final int SENDERS = 64;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The result of one run: latencies of the measured requests and how many answers were not 200. */
    public record Outcome(Latencies latencies, int failures) {
    }

    /**
     * Sends all requests at {@code rate} per second; latencies count only from index {@code measuredFrom}, and
     * {@code atMeasuredStart} runs just before that request is sent.
     */
    public Outcome run(URI url, List<SignedRequest> requests, int rate, int measuredFrom, Runnable atMeasuredStart)
            throws InterruptedException {
        long[] latencies = new long[requests.size() - measuredFrom];
        AtomicInteger failures = new AtomicInteger();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        // Platform threads: the load plays Slack, which is remote; on virtual threads its senders would queue on the
        // same carriers as the server's front and count their own waits as the server's latency.
        try (ExecutorService inFlight = Executors.newFixedThreadPool(SENDERS,
                Thread.ofPlatform().name("slack-load-", 0).daemon(true).factory())) {
            for (int index = 0; index < requests.size(); index++) {
                long scheduled = start + index * intervalNanos;
                long wait;
                while ((wait = scheduled - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (index == measuredFrom) {
                    atMeasuredStart.run();
                }
                SignedRequest request = requests.get(index);
                int which = index;
                inFlight.execute(() -> {
                    boolean ok = send(url, request);
                    long latency = System.nanoTime() - scheduled;
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                    if (which >= measuredFrom) {
                        latencies[which - measuredFrom] = latency;
                    }
                });
            }
            inFlight.shutdown();
            if (!inFlight.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new BenchmarkFailure("Slack requests were still in flight two minutes after the last was sent");
            }
        }
        return new Outcome(new Latencies(latencies), failures.get());
    }

    private boolean send(URI url, SignedRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", request.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException failure) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
