package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.convene.core.command.CommandParser;
import org.convene.core.outbox.OutboxRunner;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.LogCapture;
import org.convene.core.testing.StoppablePostgres;
import org.convene.core.testing.TestDatabase;
import org.convene.core.usecase.CreateGroupUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server stopped in the middle of a session and started again: what users and the log see. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String UNREACHABLE = "Convene can't reach its database right now, so nothing was changed. "
            + "Try again in a minute \\(error id [0-9a-f]{8}\\)\\.";

    private final StoppablePostgres server = StoppablePostgres.start();
    private final CoreKit kit = new CoreKit(TestDatabase.opened(server.jdbcUrl()));

    @AfterEach
    void stop() {
        try {
            kit.close();
        } finally {
            server.close();
        }
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.commands.runText(kit.caller(who, admin), text, CommandParser.plain());
    }

    private long postedEvent() {
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\"");
        Reply posted = run("Ada", true, "post code4libnyc \"Hack night\" when=\"2026-12-10 18:00\" capacity=5");
        assertThat(posted.failed()).as(posted.plain()).isFalse();
        run("Grace", false, "join code4libnyc");
        return posted.cards().getFirst().eventId();
    }

    @Test
    void aCommandWhileTheServerIsStoppedFailsWithinThreeSecondsSayingNothingWasChangedAndTheNextOneWorks() {
        long event = postedEvent();
        String before = kit.database.snapshot();
        server.stop();

        long started = System.nanoTime();
        Reply reply = run("Grace", false, "rsvp " + event + " going");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reply.failed()).isTrue();
        assertThat(reply.text().plain()).matches(UNREACHABLE);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        server.restart();
        kit.database.awaitConnection();
        assertThat(kit.database.snapshot()).isEqualTo(before);
        assertThat(run("Grace", false, "rsvp " + event + " going").text().plain()).startsWith("You're going to Hack night");
    }

    @Test
    void theCacheListenerLogsOneLineWhenItLosesTheServerAndOneWhenItIsBackAndThenInvalidatesAgain() throws Exception {
        CountDownLatch invalidated = new CountDownLatch(1);
        try (LogCapture log = LogCapture.of("convene.test.listener");
             CacheInvalidations listener = CacheInvalidations.listen(kit.database.dataSource(), kit.hotReads,
                     invalidated::countDown, new DatabaseWatch("The listener", LoggerFactory.getLogger(
                             "convene.test.listener"), Ticker.systemTicker(), Duration.ofMillis(20)))) {
            assertThat(listener.awaitListening(WAIT)).isTrue();
            server.stop();
            log.await(line -> line.startsWith("WARN The listener cannot reach the database"), WAIT);
            server.restart();
            String back = log.await(line -> line.startsWith("INFO The listener reached the database again"), WAIT);

            kit.createGroup.create(kit.admin(), new CreateGroupUseCase.Input("a11y", "Accessibility", ""));

            assertThat(invalidated.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(log.lines()).hasSize(2);
            assertThat(back).matches("INFO .* after \\d+ s and \\d+ failed tries");
        }
    }

    @Test
    void theOutboxTriesAgainWithBackoffAndLogsOneLineWhenItLosesTheServerAndOneWhenItIsBack() throws Exception {
        postedEvent();
        try (LogCapture log = LogCapture.of("convene.test.outbox");
             OutboxRunner runner = new OutboxRunner(kit.planner, List.of(kit.worker("outage")),
                     Executors.newScheduledThreadPool(2), Duration.ofMillis(10), new DatabaseWatch("The outbox",
                     LoggerFactory.getLogger("convene.test.outbox"), Ticker.systemTicker(), Duration.ofMillis(10)))) {
            runner.start();
            server.stop();
            log.await(line -> line.startsWith("WARN The outbox cannot reach the database"), WAIT);
            log.await(line -> line.equals("DEBUG The outbox still cannot reach the database (try 3)"), WAIT);
            server.restart();
            String back = log.await(line -> line.startsWith("INFO The outbox reached the database again")
                    && line.matches("INFO .* after \\d+ s and ([3-9]|\\d\\d+) failed tries"), WAIT);

            // One line when it loses the server and one when it is back, per outage: a server in the middle of its
            // fast shutdown may answer one more tick, which makes two outages of the one stop, never a line per try.
            List<String> lines = log.lines();
            assertThat(lines).hasSizeLessThanOrEqualTo(4).last().isEqualTo(back);
            for (int index = 0; index < lines.size(); index++) {
                assertThat(lines.get(index)).startsWith(index % 2 == 0 ? "WARN The outbox cannot reach the database"
                        : "INFO The outbox reached the database again");
            }
        }
    }
}
