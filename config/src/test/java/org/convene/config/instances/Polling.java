package org.convene.config.instances;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Waits for state held by other processes (a database row, an HTTP answer): asks every few milliseconds from a
 * scheduler and completes a future with the first answer, failing at the deadline with what was awaited.
 */
final class Polling {

    private static final Duration EVERY = Duration.ofMillis(25);

    private Polling() {
    }

    static <T> T until(String awaited, Duration timeout, Supplier<Optional<T>> probe) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("polling").daemon(true).factory());
        CompletableFuture<T> found = new CompletableFuture<>();
        timer.scheduleWithFixedDelay(() -> {
            try {
                probe.get().ifPresent(found::complete);
            } catch (RuntimeException | AssertionError failure) {
                found.completeExceptionally(failure);
            }
        }, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new AssertionError("not within " + timeout.toSeconds() + " s: " + awaited);
        } catch (ExecutionException failed) {
            throw new AssertionError("while waiting for " + awaited, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + awaited, interrupted);
        } finally {
            timer.shutdownNow();
        }
    }
}
