package org.convene.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that run a command after its ack: platform threads of the lowest priority, so the operating system
 * gives a core to the next ack (Jetty's threads, at normal priority) before it goes on with commands already
 * acknowledged. On virtual threads the work would queue on the same few carrier threads as the HTTP front.
 *
 * <p>On Linux the JVM passes a thread's priority to the scheduler only with {@code -XX:ThreadPriorityPolicy=1},
 * which the launchers set: the workers then run at nice 4 (lowering one's own threads needs no privilege). Without the
 * flag they run at the acks' priority, as before.
 */
final class CommandWorkers {

    /**
     * Two per core: enough to overlap one command's waits (users.info, the database, the response URL) with another's
     * work. Commands beyond them queue.
     */
    static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private CommandWorkers() {
    }

    static ExecutorService start() {
        return Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("slack-command-", 0).daemon(true)
                .priority(Thread.MIN_PRIORITY).factory());
    }
}
