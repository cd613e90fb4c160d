package org.convene.slack.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Things a stand-in saw, in order, with a wait for the ones a test expects. */
final class Journal<T> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<T> entries = new ArrayList<>();

    void add(T entry) {
        lock.lock();
        try {
            entries.add(entry);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<T> snapshot() {
        lock.lock();
        try {
            return List.copyOf(entries);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code count} entries match and returns them; a timeout fails naming every entry seen. */
    List<T> await(String description, Predicate<T> matcher, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<T> matching = entries.stream().filter(matcher).limit(count).toList();
                if (matching.size() == count) {
                    return matching;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms for " + description + "; saw "
                            + entries);
                }
                added.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + description, e);
        } finally {
            lock.unlock();
        }
    }
}
