package org.convene.benchmarks.rsvp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.convene.benchmarks.BenchmarkFailure;

/**
 * A fixed number of client threads that each call an operation again as soon as it returns (as pgbench's clients
 * do), first for a warm-up, then for a measured window; the result is operations per second in that window.
 */
public final class ClosedLoopLoad {

    private ClosedLoopLoad() {
    }

    /** Operations per second in the measured window, and the JVM's CPU milliseconds per operation. */
    public record Throughput(double perSecond, double jvmCpuMillisPerOperation) {
    }

    /** Runs {@code operation} with a global sequence number per call; any failure fails the benchmark. */
    public static Throughput operationsPerSecond(int clients, Duration warmup, Duration measured,
                                                 LongConsumer operation)
            throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = system.getProcessCpuTime();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(threads.submit(() -> {
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        operation.accept(sequence.getAndIncrement());
                        long finished = System.nanoTime();
                        if (now >= measureFrom && finished <= end) {
                            counted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException failure) {
            throw new BenchmarkFailure("an operation failed under load: " + failure.getCause(), failure.getCause());
        } finally {
            threads.shutdownNow();
        }
        double cpuMillis = (system.getProcessCpuTime() - cpuBefore) / 1e6;
        return new Throughput(counted.get() / (measured.toNanos() / 1e9), cpuMillis / Math.max(1, sequence.get()));
    }
}
