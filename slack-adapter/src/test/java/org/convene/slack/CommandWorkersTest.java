package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Commands run after their ack on threads the operating system serves after the acks. */
class CommandWorkersTest {

    private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");

    @Test
    void commandsRunOnDaemonThreadsOfTheLowestPriority() throws Exception {
        ExecutorService workers = CommandWorkers.start();
        try {
            Thread worker = CompletableFuture.supplyAsync(Thread::currentThread, workers).get(10, TimeUnit.SECONDS);

            assertThat(worker.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
            assertThat(worker.isDaemon()).isTrue();
            assertThat(worker.isVirtual()).isFalse();
            assertThat(worker.getName()).startsWith("slack-command-");
        } finally {
            workers.shutdownNow();
        }
    }

    /** With the launchers' {@code -XX:ThreadPriorityPolicy=1} (also this module's tests'), Linux sees the priority. */
    @Test
    void onLinuxTheWorkersRunAtAHigherNiceValueThanTheThreadsThatAck() throws Exception {
        assumeTrue(Files.isReadable(THREAD_STAT), "a Linux /proc");
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).contains("-XX:ThreadPriorityPolicy=1");
        ExecutorService workers = CommandWorkers.start();
        try {
            int workerNice = CompletableFuture.supplyAsync(CommandWorkersTest::niceOfThisThread, workers)
                    .get(10, TimeUnit.SECONDS);

            assertThat(workerNice).isGreaterThan(niceOfThisThread());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Field 19 of {@code /proc/thread-self/stat}, counted after the parenthesised command name. */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(THREAD_STAT);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
