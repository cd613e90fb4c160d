package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.core.testing.CoreKit;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;
import org.convene.slack.standin.SocketModePayloads;
import org.convene.slack.standin.SocketModeStandIn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Closing the bot releases what it started: its command workers, Bolt's executor, the Slack client's OkHttp
 * dispatcher and connection pool and metrics executors, its HTTP server or its Socket Mode client. Every thread of
 * those libraries' naming born while the bot ran ends once {@code close()} returns. A first bot built and closed
 * before counting lets the libraries' process-wide singletons start, which no bot owns.
 */
class SlackBotCloseTest {

    private static final Duration TIMEOUT = SlackBotFixture.TIMEOUT;
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(10);
    private static final String APP_TOKEN = "xapp-1-A0CONVENE-standin-app-token";
    /** How the bot, Bolt, the Slack SDK, OkHttp and Java-WebSocket name their threads. */
    private static final List<String> LIBRARY_THREADS = List.of("slack-", "socket-mode-", "OkHttp", "WebSocket",
            "http-front", "qtp", "pool-");
    /** OkHttp's one task runner for the whole process, shared with every other OkHttp client: idle, it ends alone. */
    private static final String SHARED_TASK_RUNNER = "OkHttp TaskRunner";

    @AutoClose
    private final CoreKit kit = new CoreKit();
    @AutoClose
    private final SlackStandIn slack = standIn();

    @Test
    void closingTheBotEndsTheThreadsItStarted() {
        bot(Optional.empty()).close();
        Set<Long> before = liveThreadIds();
        SlackBot bot = bot(Optional.empty());
        bot.start();
        HttpReply reply = slack.signedRequests(SlackAppHarness.SIGNING_SECRET, Clock.systemUTC())
                .slashCommand(new Origin(SlackBotFixture.ADMIN, SlackBotFixture.CHANNEL), "/meetup", "groups",
                        slack.responseUrl("groups"))
                .postTo(URI.create("http://127.0.0.1:" + bot.port() + "/slack/events"));
        assertThat(reply.status()).isEqualTo(200);
        slack.awaitResponseUrlPost("groups", TIMEOUT);
        assertThat(bot.readinessProblem()).isEmpty();
        assertThat(libraryThreadsAmong(before)).as("the libraries' threads while the bot runs").isNotEmpty();

        bot.close();
        bot.close();

        assertThat(threadsStillAliveAmong(before)).isEmpty();
    }

    @Test
    void closingTheBotInSocketModeEndsTheThreadsItStarted() throws Exception {
        try (SocketModeStandIn socket = SocketModeStandIn.start(TIMEOUT)) {
            slack.openSocketModeWith(APP_TOKEN, socket::url);
            bot(Optional.empty()).close();
            Set<Long> before = liveThreadIds();
            SlackBot bot = bot(Optional.of(APP_TOKEN));
            bot.start();
            socket.awaitConnection(1, TIMEOUT);
            String envelope = socket.send("slash_commands", new SocketModePayloads(slack.workspace()).slashCommand(
                    new Origin(SlackBotFixture.ADMIN, SlackBotFixture.CHANNEL), "/meetup", "groups",
                    slack.responseUrl("socket-groups")), true);
            socket.awaitAck(envelope, TIMEOUT);
            slack.awaitResponseUrlPost("socket-groups", TIMEOUT);
            assertThat(libraryThreadsAmong(before)).as("the libraries' threads while the bot runs").isNotEmpty();

            bot.close();

            assertThat(threadsStillAliveAmong(before)).isEmpty();
        }
    }

    private SlackBot bot(Optional<String> appToken) {
        return new SlackBot(new SlackSettings(slack.workspace().botToken(), SlackAppHarness.SIGNING_SECRET, appToken,
                Optional.of(slack.apiUrlPrefix()), "127.0.0.1", 0), kit.commands, kit.myAgenda, kit.listEvents,
                kit.spaceLifecycle, kit.showEvent, kit.clock);
    }

    private static SlackStandIn standIn() {
        try {
            return SlackStandIn.start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static List<Thread> libraryThreadsAmong(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread.threadId()))
                .filter(thread -> LIBRARY_THREADS.stream().anyMatch(thread.getName()::startsWith))
                .filter(thread -> !thread.getName().startsWith("slack-standin-"))
                .filter(thread -> !thread.getName().equals(SHARED_TASK_RUNNER))
                .toList();
    }

    private static Set<Long> liveThreadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::threadId).collect(Collectors.toSet());
    }

    /**
     * The threads of the libraries' naming born since {@code before}, apart from the stand-ins' (which serve until the
     * test ends) and OkHttp's shared runner, that are still alive once each has been given until a common deadline to end; their names say whose they are.
     */
    private static List<String> threadsStillAliveAmong(Set<Long> before) {
        List<Thread> born = libraryThreadsAmong(before);
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        for (Thread thread : born) {
            long left = Math.max(1, deadline - System.nanoTime());
            try {
                thread.join(Duration.ofNanos(left));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the bot's threads", interrupted);
            }
        }
        return born.stream().filter(Thread::isAlive).map(Thread::getName).sorted().toList();
    }
}
