package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.port.AnswerBatches;
import org.convene.core.store.JdbcAnswerBatches;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.SeatChecks;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch of answers decided on the seat ledger this instance remembers goes in one call, newcomers included;
 * anything else that wrote the event or its RSVPs in between (another path, another instance) sends the batch under
 * the lock, with the seats exact; a promotion goes under the lock too.
 */
class RememberedLedgerAnswersTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final RememberedLedgers ledgers = new RememberedLedgers();
    private final WatchedBatches watched = new WatchedBatches();
    private CombinedAnswers combined;
    private Actor admin;

    @BeforeEach
    void setUp() {
        admin = kit.adminWithGroup("bookclub", "Book Club");
        combined = combinedAnswers(ledgers);
    }

    private CombinedAnswers combinedAnswers(RememberedLedgers remembered) {
        return new CombinedAnswers(kit.jdbc, watched, remembered, kit.groups, kit.notices, kit.waitlistRules,
                kit.clock);
    }

    /** The batches' statements, telling which way each batch went. */
    private final class WatchedBatches implements AnswerBatches {
        private final AnswerBatches store = new JdbcAnswerBatches(kit.jdbc);
        private int refusedCalls;
        private int locked;

        @Override
        public Optional<Locked> joinAndLock(long eventId, List<Joining> joining, Collection<Long> memberIds,
                                            boolean everyone, Instant now) {
            locked++;
            return store.joinAndLock(eventId, joining, memberIds, everyone, now);
        }

        @Override
        public long writeAndCommit(long eventId, long version, long communityId, int seatsTaken, List<Rsvp> rsvps,
                                   long groupId, Collection<Long> leaving, Instant now) {
            return store.writeAndCommit(eventId, version, communityId, seatsTaken, rsvps, groupId, leaving, now);
        }

        @Override
        public OptionalLong writeIfAt(long eventId, long version, long communityId, int seatsTaken,
                                      Collection<Long> joining, List<Rsvp> rsvps, Instant now) {
            OptionalLong written = store.writeIfAt(eventId, version, communityId, seatsTaken, joining, rsvps, now);
            if (written.isEmpty()) {
                refusedCalls++;
            }
            return written;
        }
    }

    @Test
    void answersOfMembersTheRememberedLedgerKnowsTakeOneRoundTrip() {
        long eventId = post(50);
        assertThat(batch(combined, eventId, "Ada GOING", "Grace MAYBE", "Edith GOING"))
                .as("the first batch reads under the lock").isEqualTo(2);

        assertThat(batch(combined, eventId, "Ada NOT_GOING", "Grace GOING", "Edith GOING")).isEqualTo(1);

        assertThat(answerOf(eventId, "Ada")).isEqualTo(Answer.NOT_GOING);
        assertThat(answerOf(eventId, "Grace")).isEqualTo(Answer.GOING);
        SeatChecks.assertSeatsExact(kit, eventId, 50);
        assertThat(seatsTaken(eventId)).isEqualTo(2);
        assertThat(isMember("Grace")).isTrue();
    }

    @Test
    void aNewcomerGoesInOneCallSinceTheLedgerHoldsEveryRsvp() {
        long eventId = post(50);
        batch(combined, eventId, "Ada GOING");

        assertThat(batch(combined, eventId, "Ada GOING", "Linus GOING")).isEqualTo(1);
        assertThat(batch(combined, eventId, "Ada MAYBE", "Linus NOT_GOING", "Barbara GOING")).isEqualTo(1);

        assertThat(seatsTaken(eventId)).isEqualTo(1);
        assertThat(isMember("Barbara")).isTrue();
        SeatChecks.assertSeatsExact(kit, eventId, 50);
    }

    @Test
    void aSmallerCapacitySetByAnotherPathIsSeenByTheNextBatch() {
        long eventId = assertAnyOtherWriteIsSeen(event -> kit.jdbc.update(
                "update event set capacity = 2 where id = ?", event));

        assertThat(kit.rsvps.waitlist(eventId)).extracting(Rsvp::memberId)
                .containsExactly(kit.member("Edith").memberId());
    }

    @Test
    void aSeatTakenByAnAnswerAloneIsSeenByTheNextBatch() {
        long eventId = assertAnyOtherWriteIsSeen(event -> kit.rsvp.rsvp(kit.member("Barbara"),
                new RsvpUseCase.Input(event, Answer.GOING, 0)));

        assertThat(kit.rsvps.waitlist(eventId)).extracting(Rsvp::memberId)
                .containsExactly(kit.member("Edith").memberId());
    }

    @Test
    void aSeatTakenByAnotherInstancesBatchIsSeenByTheNextBatch() {
        CombinedAnswers other = combinedAnswers(new RememberedLedgers());
        long eventId = assertAnyOtherWriteIsSeen(event -> batch(other, event, "Barbara GOING"));

        assertThat(kit.rsvps.waitlist(eventId)).extracting(Rsvp::memberId)
                .containsExactly(kit.member("Edith").memberId());
    }

    @Test
    void anRsvpDeletedWithItsMemberIsSeenByTheNextBatch() {
        long eventId = assertAnyOtherWriteIsSeen(event -> kit.jdbc.update("delete from member where id = ?",
                kit.member("Linus").memberId()));

        assertThat(kit.rsvps.find(eventId, kit.member("Edith").memberId()).orElseThrow().confirmed()).isTrue();
    }

    /**
     * Ada and Grace go to an event of capacity 3, Linus maybe and Edith not (remembered here); {@code write} changes
     * it another way; the next batch here (Edith going) finds the version it remembered gone: its call is refused
     * and it goes under the lock, and the seats are exact. Returns the event.
     */
    private long assertAnyOtherWriteIsSeen(Consumer<Long> write) {
        long eventId = post(3);
        batch(combined, eventId, "Ada GOING", "Grace GOING", "Linus MAYBE", "Edith NOT_GOING");
        write.accept(eventId);
        int lockedBefore = watched.locked;

        batch(combined, eventId, "Edith GOING");

        assertThat(watched.refusedCalls).isEqualTo(1);
        assertThat(watched.locked - lockedBefore).isEqualTo(1);
        SeatChecks.assertSeatsExact(kit, eventId, kit.events.byId(eventId).orElseThrow().capacity());
        assertThat(batch(combined, eventId, "Edith GOING")).as("remembered again").isEqualTo(1);
        return eventId;
    }

    @Test
    void theWaitlistFillsInArrivalOrderInOneCallAndAPromotionGoesUnderTheLock() {
        long eventId = post(2);
        batch(combined, eventId, "Ada GOING", "Grace GOING", "Edith GOING", "Linus GOING", "Barbara GOING");
        assertThat(batch(combined, eventId, "Edith GOING", "Linus GOING", "Barbara GOING", "Ada GOING"))
                .as("answering again changes nothing, in one call").isEqualTo(1);

        batch(combined, eventId, "Grace NOT_GOING", "Linus NOT_GOING");
        assertThat(batch(combined, eventId, "Edith GOING", "Barbara GOING")).as("remembered again").isEqualTo(1);

        assertThat(kit.rsvps.waitlist(eventId)).extracting(Rsvp::memberId)
                .containsExactly(kit.member("Barbara").memberId());
        assertThat(kit.rsvps.find(eventId, kit.member("Edith").memberId()).orElseThrow().state())
                .isEqualTo(RsvpState.CONFIRMED);
        assertThat(kit.jdbc.one("select count(*) from outbox where kind = 'PROMOTED' and member_id = ?",
                row -> row.getInt(1), kit.member("Edith").memberId())).contains(1);
        SeatChecks.assertSeatsExact(kit, eventId, 2);
    }

    @Test
    void aRefusedAnswerInARememberedBatchRefusesOnlyItsCallerAndJoinsNoOne() {
        long eventId = post(50);
        batch(combined, eventId, "Ada GOING", "Grace GOING");
        List<AnswerCombiner.Ask> asks = List.of(ask(eventId, "Ada", Answer.GOING, 0),
                ask(eventId, "Grace", Answer.GOING, 9));

        long before = kit.statements.statements();
        List<AnswerCombiner.Outcome> outcomes = combined.apply(eventId, asks, () -> { });

        assertThat(kit.statements.statements() - before).isEqualTo(1);
        assertThat(outcomes.get(0).refusal()).isNull();
        assertThat(outcomes.get(1).refusal()).hasMessageContaining("guest");
        SeatChecks.assertSeatsExact(kit, eventId, 50);
    }

    /** Applies the answers ("Name ANSWER") as one batch; returns the statements it took. */
    private long batch(CombinedAnswers answers, long eventId, String... namedAnswers) {
        List<AnswerCombiner.Ask> asks = Arrays.stream(namedAnswers).map(named -> named.split(" "))
                .map(parts -> ask(eventId, parts[0], Answer.valueOf(parts[1]), 0)).toList();
        long before = kit.statements.statements();
        List<AnswerCombiner.Outcome> outcomes = answers.apply(eventId, asks, () -> { });
        long statements = kit.statements.statements() - before;
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.refusal()).isNull());
        return statements;
    }

    private AnswerCombiner.Ask ask(long eventId, String name, Answer answer, int guests) {
        return new AnswerCombiner.Ask(kit.member(name), new RsvpUseCase.Input(eventId, answer, guests));
    }

    /** Posts an event; its group is then in the kit's cache, as a busy event's group is. */
    private long post(int capacity) {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(20)),
                capacity, 2)).event();
        kit.groups.byId(event.groupId());
        return event.id();
    }

    private Answer answerOf(long eventId, String name) {
        return kit.rsvps.find(eventId, kit.member(name).memberId()).orElseThrow().answer();
    }

    private int seatsTaken(long eventId) {
        return kit.events.byId(eventId).orElseThrow().seatsTaken();
    }

    private boolean isMember(String name) {
        return kit.jdbc.one("select count(*) from group_membership where member_id = ?", row -> row.getInt(1),
                kit.member(name).memberId()).orElseThrow() > 0;
    }
}
