package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Rsvp;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merging two accounts while one of them answers an event: the merge holds the event's lock and the members' rows, so
 * the answer lands before or after it, never in between, and the seat count stays exact.
 */
class AccountMergeRaceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private CoreKit kit;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        kit = new CoreKit();
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        kit.close();
    }

    @Test
    void anRsvpMadeWhileAccountsMergeNeitherLeaksNorDoublesASeat() throws Exception {
        Actor admin = kit.adminWithGroup("a11y", "Accessibility");
        Event event = kit.postEvent.post(admin, Events.capped("a11y", CoreKit.START.plus(Duration.ofDays(2)), 5, 0))
                .event();
        Actor typer = kit.member("Grace at work");
        Actor issuer = kit.member("Grace at home");
        kit.rsvp.rsvp(typer, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        LinkCode code = kit.issueLinkCode.issue(issuer, LinkCode.Purpose.IDENTITY);

        CompletableFuture<?> merge;
        CompletableFuture<?> answer;
        try (Connection holder = kit.database.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            execute(holder, "select 1 from identity where member_id = " + typer.memberId() + " for update");
            merge = CompletableFuture.runAsync(() -> kit.linkIdentity.link(typer, code.code()), pool);
            awaitWaitingLocks(1, merge);
            answer = CompletableFuture.runAsync(() -> kit.rsvp.rsvp(issuer,
                    new RsvpUseCase.Input(event.id(), Answer.GOING, 0)), pool);
            awaitWaitingLocks(2, answer);
            holder.rollback();
        }
        merge.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        Event after = kit.events.byId(event.id()).orElseThrow();
        int confirmedSeats = kit.rsvps.forEvent(event.id()).stream().filter(Rsvp::confirmed)
                .mapToInt(Rsvp::partySize).sum();
        assertThat(after.seatsTaken()).isEqualTo(confirmedSeats).isEqualTo(1);
        assertThat(kit.rsvps.find(event.id(), issuer.memberId()).orElseThrow().confirmed()).isTrue();
    }

    /** Waits until {@code count} lock requests wait in the database, or until {@code work} has already finished. */
    private void awaitWaitingLocks(int count, CompletableFuture<?> work) throws SQLException {
        Instant deadline = Instant.now().plus(PATIENCE);
        try (Connection watcher = kit.database.dataSource().getConnection();
             PreparedStatement waiting = watcher.prepareStatement("select count(*) from pg_locks where not granted")) {
            while (Instant.now().isBefore(deadline)) {
                if (work.isDone()) {
                    return;
                }
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= count) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("nothing came to wait on a lock within " + PATIENCE);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
