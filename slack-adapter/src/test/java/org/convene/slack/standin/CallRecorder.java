package org.convene.slack.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Keeps every call the stand-in received, in order, and lets a test wait for the ones it expects. */
final class CallRecorder {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();
    private final List<RecordedCall> calls = new ArrayList<>();

    void record(RecordedCall call) {
        lock.lock();
        try {
            calls.add(call);
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<RecordedCall> snapshot() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} recorded calls match, and returns the first {@code count} of them.
     *
     * @throws AssertionError on timeout, naming what was awaited and listing every call received
     */
    List<RecordedCall> await(String description, Predicate<RecordedCall> matcher, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<RecordedCall> matching = calls.stream().filter(matcher).limit(count).toList();
                if (matching.size() == count) {
                    return matching;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError(timeoutMessage(description, count, matching.size(), timeout));
                }
                recorded.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + description, e);
        } finally {
            lock.unlock();
        }
    }

    private String timeoutMessage(String description, int count, int found, Duration timeout) {
        StringBuilder message = new StringBuilder()
                .append("Slack stand-in: waited ").append(timeout.toMillis()).append(" ms for ")
                .append(count).append(" x ").append(description).append(", found ").append(found)
                .append("; it received ").append(calls.size()).append(" calls:");
        calls.forEach(call -> message.append(System.lineSeparator()).append("  ").append(call));
        return message.toString();
    }
}
