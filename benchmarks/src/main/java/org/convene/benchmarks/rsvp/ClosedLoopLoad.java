package org.convene.benchmarks.rsvp;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.CpuUse;

/**
 * A fixed number of client threads that each call an operation again as soon as it returns (as pgbench's clients
 * do), first for a warm-up, then for a measured window; the result is operations per second in that window, and the
 * JVM's CPU per operation in it, with the part the JIT compiler's and the garbage collector's threads took.
 */
public final class ClosedLoopLoad {

    private ClosedLoopLoad() {
    }

    /**
     * Operations per second in the measured window, and the JVM's CPU milliseconds per operation started in it, of
     * which the JIT compiler's and the collector's (their time in the window over the same operations).
     */
    public record Throughput(double perSecond, double jvmCpuMillisPerOperation, double jitMillisPerOperation,
                             double gcMillisPerOperation) {

        /** "0.12 ms (JIT 0.01 ms, GC 0.00 ms)": the CPU per operation and the parts that are not the work. */
        public String cpuPerOperation() {
            return org.convene.benchmarks.Numbers.milliseconds(jvmCpuMillisPerOperation) + " (of which JIT "
                    + org.convene.benchmarks.Numbers.milliseconds(jitMillisPerOperation) + ", GC "
                    + org.convene.benchmarks.Numbers.milliseconds(gcMillisPerOperation) + ")";
        }
    }

    /** The JVM's CPU at one moment (all of it, the JIT compiler's and the collector's), with the operations by then. */
    private record Reading(long cpuNanos, CpuUse threads, long operations) {

        static Reading now(long operations) {
            com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            return new Reading(system.getProcessCpuTime(), CpuUse.ofThisJvm(), operations);
        }
    }

    /** Runs {@code operation} with a global sequence number per call; any failure fails the benchmark. */
    public static Throughput operationsPerSecond(int clients, Duration warmup, Duration measured,
                                                 LongConsumer operation)
            throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        AtomicReference<Reading> first = new AtomicReference<>();
        AtomicReference<Reading> last = new AtomicReference<>();
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
                        if (now >= measureFrom && first.get() == null) {
                            first.compareAndSet(null, Reading.now(sequence.get()));
                        }
                        operation.accept(sequence.getAndIncrement());
                        long finished = System.nanoTime();
                        if (now >= measureFrom && finished <= end) {
                            counted.incrementAndGet();
                        }
                    }
                    last.compareAndSet(null, Reading.now(sequence.get()));
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
        Reading from = first.get();
        Reading to = last.get();
        double operations = Math.max(1, to.operations() - from.operations());
        return new Throughput(counted.get() / (measured.toNanos() / 1e9),
                (to.cpuNanos() - from.cpuNanos()) / 1e6 / operations,
                to.threads().since(from.threads()).of(CpuUse.JIT) / operations,
                to.threads().since(from.threads()).of(CpuUse.GC) / operations);
    }
}
