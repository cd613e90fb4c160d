package org.convene.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that run a command after its ack: platform threads, so the operating system shares the cores between
 * them and the next acks. On virtual threads the work would queue on the same few carrier threads as the HTTP front,
 * and a busy moment would make acks wait their turn behind commands already acknowledged.
 */
final class CommandWorkers {

    /**
     * Two per core: enough to overlap one command's waits (users.info, the database, the response URL) with another's
     * work, few enough that a burst of commands cannot crowd the acks off the cores. Commands beyond them queue.
     */
    static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private CommandWorkers() {
    }

    static ExecutorService start() {
        return Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("slack-command-", 0).daemon(true)
                .factory());
    }
}
