package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A thread-safe, append-only record of what a stand-in received, which a test can wait on: a waiter is woken by
 * each new entry and gives up at its deadline, so nothing ever sleeps for a fixed time.
 *
 * @param <T> the kind of entry
 */
final class Journal<T> {
    private final String kind;
    private final Function<T, String> summary;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<T> entries = new ArrayList<>();

    /**
     * @param kind what an entry is, in the plural, for failure messages ("requests")
     * @param summary one line per entry for failure messages
     */
    Journal(String kind, Function<T, String> summary) {
        this.kind = requireNonNull(kind, "kind");
        this.summary = requireNonNull(summary, "summary");
    }

    void add(T entry) {
        lock.lock();
        try {
            entries.add(requireNonNull(entry, "entry"));
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<T> entries() {
        lock.lock();
        try {
            return List.copyOf(entries);
        } finally {
            lock.unlock();
        }
    }

    /** The first entry, already recorded or still to come, that matches; fails when the timeout runs out. */
    T await(Predicate<? super T> predicate, Duration timeout) {
        return awaitCount(predicate, 1, timeout).getFirst();
    }

    /** The first {@code count} matching entries, waiting until that many arrived; fails at the timeout. */
    List<T> awaitCount(Predicate<? super T> predicate, int count, Duration timeout) {
        requireNonNull(predicate, "predicate");
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<T> matching = entries.stream().filter(predicate).limit(count).toList();
                if (matching.size() == count) {
                    return matching;
                }
                if (remaining <= 0) {
                    throw new AssertionError(describeFailure(predicate, count, matching.size(), timeout));
                }
                remaining = added.awaitNanos(remaining);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + kind + " matching " + predicate);
        } finally {
            lock.unlock();
        }
    }

    private String describeFailure(Predicate<?> predicate, int wanted, int found, Duration timeout) {
        String received = entries.isEmpty()
                ? "  (none)"
                : entries.stream().map(summary).map(line -> "  " + line).collect(Collectors.joining("\n"));
        return "Expected " + wanted + " " + kind + " matching " + predicate + " within " + timeout.toMillis()
                + " ms but found " + found + ". All " + entries.size() + " " + kind + " received:\n" + received;
    }

    @Override
    public String toString() {
        return kind + " " + entries().stream().map(summary).toList();
    }
}
