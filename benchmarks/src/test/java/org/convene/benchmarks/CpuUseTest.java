package org.convene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** CPU read from /proc: a thread's work shows in its named group, and a reading's difference is what ran between. */
class CpuUseTest {

    private static final CpuUse.ThreadGroup SPINNERS = CpuUse.ThreadGroup.of("spinners", "cpu-use-spin");

    @Test
    void aBusyThreadsCpuShowsInTheGroupItsNameNames() throws Exception {
        CpuUse before = CpuUse.now(List.of(SPINNERS), Map.of());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread spinner = Thread.ofPlatform().name("cpu-use-spin-0").start(() -> {
            // Busy until the thread itself has used 300 ms of CPU, however busy the machine is; alive until read.
            while (threads.getCurrentThreadCpuTime() < 300_000_000L) {
                Thread.onSpinWait();
            }
            spun.countDown();
            awaitQuietly(read);
        });
        assertThat(spun.await(60, TimeUnit.SECONDS)).isTrue();
        CpuUse spent = CpuUse.now(List.of(SPINNERS), Map.of()).since(before);
        read.countDown();
        spinner.join(10_000);

        assertThat(spent.of("spinners")).isBetween(280L, 1_000L);
        assertThat(spent.millis()).containsKeys(CpuUse.JIT, CpuUse.GC, CpuUse.OTHER_THREADS);
    }

    @Test
    void threadsThatEndedStillCountAsOtherThreads() throws Exception {
        CpuUse before = CpuUse.ofThisJvm();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread spinner = Thread.ofPlatform().name("cpu-use-gone-0").start(() -> {
            while (threads.getCurrentThreadCpuTime() < 300_000_000L) {
                Thread.onSpinWait();
            }
        });
        spinner.join(60_000);

        assertThat(CpuUse.ofThisJvm().since(before).of(CpuUse.OTHER_THREADS)).isGreaterThanOrEqualTo(280L);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aProcessCountsWithItsDescendants() {
        ProcessHandle self = ProcessHandle.current();
        CpuUse reading = CpuUse.now(List.of(), Map.of("this JVM", self));
        long ownThreads = reading.millis().entrySet().stream().filter(entry -> !entry.getKey().equals("this JVM"))
                .mapToLong(Map.Entry::getValue).sum();

        assertThat(reading.of("this JVM")).isPositive().isGreaterThanOrEqualTo(ownThreads - 50);
    }
}
