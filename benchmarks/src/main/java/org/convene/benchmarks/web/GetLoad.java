package org.convene.benchmarks.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.Latencies;

/**
 * GET load on one address: at saturation (a fixed number of clients, each sending its next request as soon as the
 * last is answered), and open-loop (request i at start + i / rate, latency counted from that scheduled instant, so
 * queueing in the server cannot hide).
 */
final class GetLoad {

    private static final int SENDERS = 64;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Requests per second answered 200 by {@code clients} clients over {@code length}. */
    double saturation(URI address, int clients, Duration length) throws InterruptedException {
        AtomicLong answered = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients,
                Thread.ofPlatform().name("page-load-", 0).daemon(true).factory())) {
            for (int client = 0; client < clients; client++) {
                pool.execute(() -> {
                    while (System.nanoTime() < end) {
                        if (get(address)) {
                            answered.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS)) {
                throw new BenchmarkFailure("saturation clients did not finish on " + address.getPath());
            }
        }
        if (failures.get() > 0) {
            throw new BenchmarkFailure(failures.get() + " requests failed at saturation on " + address.getPath());
        }
        return answered.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Latencies of {@code count} requests sent at {@code rate} per second, the first {@code warmUp} not counted. */
    Latencies openLoop(URI address, int rate, int count, int warmUp) throws InterruptedException {
        long[] latencies = new long[count - warmUp];
        AtomicInteger failures = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        try (ExecutorService inFlight = Executors.newFixedThreadPool(SENDERS,
                Thread.ofPlatform().name("page-open-loop-", 0).daemon(true).factory())) {
            for (int index = 0; index < count; index++) {
                long scheduled = start + index * interval;
                long wait;
                while ((wait = scheduled - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                int which = index;
                inFlight.execute(() -> {
                    boolean ok = get(address);
                    long latency = System.nanoTime() - scheduled;
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                    if (which >= warmUp) {
                        latencies[which - warmUp] = latency;
                    }
                });
            }
            inFlight.shutdown();
            if (!inFlight.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new BenchmarkFailure("requests still in flight two minutes after the last on " + address);
            }
        }
        if (failures.get() > 0) {
            throw new BenchmarkFailure(failures.get() + " open-loop requests failed on " + address.getPath());
        }
        return new Latencies(latencies);
    }

    private boolean get(URI address) {
        try {
            return client.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException failure) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
