package org.convene.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that run a command after its ack: platform threads, so the operating system shares the cores between
 * them and the next acks. On virtual threads the work would queue on the same few carrier threads as the HTTP front,
 * and a busy moment would make acks wait their turn behind commands already acknowledged.
 */
final class CommandWorkers {

    /** Enough to overlap the waits of one command (users.info, the database, the response URL) with others' work. */
    static final int THREADS = 16;

    private CommandWorkers() {
    }

    static ExecutorService start() {
        return Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("slack-command-", 0).daemon(true)
                .factory());
    }
}
