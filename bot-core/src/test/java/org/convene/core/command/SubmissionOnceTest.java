package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A form's command runs once per submission key, even when the same submission arrives twice at the same moment. */
class SubmissionOnceTest {

    private static final EventOptions OPTIONS = new EventOptions("Form night", null, "2026-12-03 18:00", null, null,
            null, null, null, null, null, null, null);

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @BeforeEach
    void setUp() {
        kit.commands.runText(kit.caller("Ada", true), "group create code4libnyc \"Code4LibNYC\"", CommandParser.plain());
    }

    private Reply submit(String key) {
        return kit.commands.runOnce(kit.caller("Ada", true), key, new Command.Post("code4libnyc", OPTIONS));
    }

    private int upcomingEvents() {
        return kit.commands.runText(kit.caller("Ada", true), "events", CommandParser.plain()).cards().size();
    }

    @Test
    void theSameSubmissionSentTwicePostsOneEvent() {
        Reply first = submit("view-1:hash-1");
        Reply second = submit("view-1:hash-1");

        assertThat(first.text().plain()).startsWith("Posted #");
        assertThat(second.failed()).isFalse();
        assertThat(second.text().plain()).contains("already sent");
        assertThat(upcomingEvents()).isEqualTo(1);
    }

    @Test
    void differentSubmissionsEachPost() {
        submit("view-1:hash-1");
        submit("view-2:hash-2");

        assertThat(upcomingEvents()).isEqualTo(2);
    }

    @Test
    void aRefusedSubmissionLeavesNoKeySoItCanBeSentAgain() {
        String before = kit.database.snapshot();
        Reply refused = kit.commands.runOnce(kit.caller("Ada", true), "view-3:hash-3",
                new Command.Post("nosuchgroup", OPTIONS));
        assertThat(refused.failed()).isTrue();
        assertThat(kit.database.snapshot()).isEqualTo(before);

        assertThat(submit("view-3:hash-3").text().plain()).startsWith("Posted #");
    }

    @Test
    void theSameSubmissionArrivingOnManyThreadsAtOncePostsOneEvent() throws Exception {
        kit.commands.actor(kit.caller("Ada", true));
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Reply>> replies = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(index -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return submit("view-4:hash-4");
                    }, executor)).toList();
            start.countDown();
            long posted = 0;
            for (CompletableFuture<Reply> reply : replies) {
                if (reply.get(30, TimeUnit.SECONDS).text().plain().startsWith("Posted #")) {
                    posted++;
                }
            }
            assertThat(posted).isEqualTo(1);
            assertThat(upcomingEvents()).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
