package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.core.metrics.PlatformMeters;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Closing the bot releases what it started: JDA's gateway, rate-limit and shard manager threads, with one shard or
 * several, and the keep-alive connections of the HTTP client JDA used, which JDA itself leaves open. A first bot
 * started and closed before counting lets the libraries' process-wide singletons start, which no bot owns.
 */
class DiscordBotCloseTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(15);
    /** How JDA names its threads. */
    private static final List<String> LIBRARY_THREADS = List.of("JDA", "DefaultShardManager");

    @AutoClose
    private final DiscordBotFixture fixture = new DiscordBotFixture();

    @Test
    void closingTheBotEndsTheThreadsItStarted() {
        fixture.started(fixture.settings(List.of(), 1, 0, 0), PlatformMeters.none(), START_TIMEOUT).close();
        Set<Long> before = liveThreadIds();
        DiscordBot bot = fixture.started(fixture.settings(List.of(), 1, 0, 0), PlatformMeters.none(), START_TIMEOUT);
        assertThat(libraryThreadsAmong(before)).as("JDA's threads while the bot runs").isNotEmpty();

        bot.close();
        bot.close();

        assertThat(threadsStillAliveAmong(before)).isEmpty();
    }

    @Test
    void closingTheBotClosesTheConnectionsItsHttpClientKeptOpen() {
        DiscordBot bot = fixture.started(fixture.settings(List.of(), 1, 0, 0), PlatformMeters.none(), START_TIMEOUT);
        assertThat(bot.pooledConnections()).as("kept open after registering /meetup").isPositive();

        bot.close();

        assertThat(bot.pooledConnections()).isZero();
    }

    @Test
    void closingAShardedBotEndsTheThreadsItStarted() {
        fixture.started(fixture.settings(List.of(), 1, 0, 0), PlatformMeters.none(), START_TIMEOUT).close();
        Set<Long> before = liveThreadIds();
        DiscordBot bot = fixture.started(fixture.settings(List.of(), 2, 0, 1), PlatformMeters.none(), START_TIMEOUT);
        assertThat(libraryThreadsAmong(before)).as("JDA's threads while the bot runs").isNotEmpty();

        bot.close();

        assertThat(threadsStillAliveAmong(before)).isEmpty();
    }

    private static Set<Long> liveThreadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::threadId).collect(Collectors.toSet());
    }

    private static List<Thread> libraryThreadsAmong(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread.threadId()))
                .filter(thread -> LIBRARY_THREADS.stream().anyMatch(thread.getName()::startsWith))
                .toList();
    }

    /**
     * JDA's threads born since {@code before} that are still alive once each has been given until a common deadline
     * to end; the process-wide ones (virtual-thread carriers, OkHttp's shared task runner) are no bot's to end.
     */
    private static List<String> threadsStillAliveAmong(Set<Long> before) {
        List<Thread> born = libraryThreadsAmong(before);
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        for (Thread thread : born) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the bot's threads", interrupted);
            }
        }
        return born.stream().filter(Thread::isAlive).map(Thread::getName).sorted().toList();
    }
}
