package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.port.GroupRepository;
import org.convene.core.store.CachingGroupRepository;
import org.convene.core.store.HotReads;
import org.convene.core.store.JdbcAnswerBatches;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.StoreException;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.ManualTicker;
import org.convene.core.testing.RowLock;
import org.convene.core.testing.SeatChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers to one event that arrive while another is being applied go together, in arrival order, in one transaction:
 * exact seats with guests and duplicates, the waitlist in arrival order, two instances on one database, refusals and
 * failures that reach exactly the answers they concern.
 */
class CombinedAnswersTest {

    private CoreKit kit;
    private Actor admin;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        kit = new CoreKit();
        admin = kit.adminWithGroup("bookclub", "Book Club");
        threads = Executors.newVirtualThreadPerTaskExecutor();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        kit.close();
    }

    /** An answering instance over the kit's database: its own combiner, group cache and use case stack. */
    private static final class Instance {
        final Semaphore arrived = new Semaphore(0);
        final AnswerCombiner combiner = new AnswerCombiner((eventId, waiting) -> arrived.release());
        final RememberedLedgers ledgers = new RememberedLedgers();
        final RsvpUseCase rsvp;

        Instance(CoreKit kit) {
            HotReads reads = new HotReads(new ManualTicker(), 1_000, Duration.ofSeconds(30));
            GroupRepository groups = new CachingGroupRepository(new JdbcGroupRepository(kit.jdbc), reads, kit.jdbc);
            Lookups lookups = new Lookups(groups, kit.events);
            SeatKeeper seats = new SeatKeeper(kit.events, kit.rsvps, kit.seatMoves, kit.notices, kit.waitlistRules,
                    kit.clock);
            rsvp = new RsvpUseCase(kit.jdbc, groups, kit.seatMoves, lookups, seats, kit.plans,
                    new CombinedAnswers(kit.jdbc, new JdbcAnswerBatches(kit.jdbc), ledgers, groups, kit.notices,
                            kit.waitlistRules, kit.clock), combiner, kit.clock);
        }

        /** Submits the answer from a thread of its own and returns once it waits in the event's queue. */
        Future<RsvpUseCase.Result> answer(ExecutorService threads, Actor actor, long eventId, Answer answer,
                                          int guests) throws InterruptedException {
            Future<RsvpUseCase.Result> result = threads.submit(() ->
                    rsvp.rsvp(actor, new RsvpUseCase.Input(eventId, answer, guests)));
            assertThat(arrived.tryAcquire(10, TimeUnit.SECONDS)).as("the answer reached the queue").isTrue();
            return result;
        }

        /** How many answers went in batches of two or more. */
        long combinedAnswers() {
            long[] sizes = combiner.batchSizes();
            long answers = 0;
            for (int size = 2; size < sizes.length; size++) {
                answers += size * sizes[size];
            }
            return answers;
        }
    }

    private Event post(int capacity, int guests) {
        return kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(5)), capacity,
                guests)).event();
    }

    private RowLock lockEvent(long eventId) {
        return RowLock.hold(kit.database.dataSource(), "select id from event where id = " + eventId + " for update");
    }

    private List<Actor> members(String prefix, int count) {
        List<Actor> members = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            members.add(kit.member(prefix + " " + index));
        }
        return members;
    }

    private static <T> T done(Future<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void answersThatArriveWhileOneIsAppliedJoinTheWaitlistInArrivalOrder() throws Exception {
        Event event = post(1, 0);
        Actor first = kit.member("Ada");
        List<Actor> waiting = members("Waiting", 12);
        Instance instance = new Instance(kit);
        List<Future<RsvpUseCase.Result>> answers = new ArrayList<>();
        try (RowLock lock = lockEvent(event.id())) {
            Future<RsvpUseCase.Result> seated = instance.answer(threads, first, event.id(), Answer.GOING, 0);
            for (Actor member : waiting) {
                answers.add(instance.answer(threads, member, event.id(), Answer.GOING, 0));
            }
            lock.release();
            assertThat(done(seated).change().rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
        }

        for (int index = 0; index < waiting.size(); index++) {
            assertThat(done(answers.get(index)).change().waitlistPosition()).isEqualTo(index + 1);
        }
        assertThat(kit.rsvps.waitlist(event.id()).stream().map(Rsvp::memberId).toList())
                .isEqualTo(waiting.stream().map(Actor::memberId).toList());
        assertThat(instance.combinedAnswers()).isGreaterThanOrEqualTo(waiting.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void manyAnswersAtOnceWithGuestsAndDuplicatesKeepSeatsExact(int capacity) throws Exception {
        Event event = post(capacity, 2);
        List<Actor> members = members("Member", 270);
        Instance instance = new Instance(kit);
        List<Future<RsvpUseCase.Result>> answers = new ArrayList<>();
        try (RowLock lock = lockEvent(event.id())) {
            for (int index = 0; index < 300; index++) {
                // The last thirty deliver an earlier member's answer a second time.
                int member = index % members.size();
                int guests = capacity == 1 ? 0 : member % 3;
                answers.add(instance.answer(threads, members.get(member), event.id(), Answer.GOING, guests));
            }
            lock.release();
            for (Future<RsvpUseCase.Result> answer : answers) {
                done(answer);
            }
        }

        assertExact(event.id(), capacity, members.size());
        assertThat(instance.combinedAnswers()).isGreaterThanOrEqualTo(299);
    }

    @Test
    void twoInstancesAnsweringAtOnceLoseNoPlaceAndGiveNoneTwice() throws Exception {
        Event event = post(20, 2);
        List<Actor> members = members("Member", 200);
        Instance one = new Instance(kit);
        Instance two = new Instance(kit);
        List<Future<RsvpUseCase.Result>> answers = new ArrayList<>();
        try (RowLock lock = lockEvent(event.id())) {
            for (int index = 0; index < 240; index++) {
                // Members 0-39 answer through both instances; the rest through one of them.
                int member = index % members.size();
                Instance through = index % 2 == 0 ? one : two;
                answers.add(through.answer(threads, members.get(member), event.id(), Answer.GOING, member % 3));
            }
            lock.release();
            for (Future<RsvpUseCase.Result> answer : answers) {
                done(answer);
            }
        }

        assertExact(event.id(), 20, members.size());
        assertThat(one.combinedAnswers() + two.combinedAnswers()).isGreaterThanOrEqualTo(238);
    }

    @Test
    void twoInstancesAnsweringAgainAndAgainOnRememberedLedgersKeepSeatsExact() throws Exception {
        Event event = post(20, 2);
        List<Actor> members = members("Member", 60);
        Instance one = new Instance(kit);
        Instance two = new Instance(kit);
        Answer[] answers = Answer.values();
        for (int round = 0; round < 6; round++) {
            List<Future<RsvpUseCase.Result>> answered = new ArrayList<>();
            for (int index = 0; index < members.size(); index++) {
                // Round 0: everyone goes; then each member changes their answer, through either instance.
                Answer answer = round == 0 ? Answer.GOING : answers[(index * 7 + round * 3) % answers.length];
                Instance through = (index + round) % 3 == 0 ? two : one;
                Actor member = members.get(index);
                int guests = index % 3;
                answered.add(threads.submit(() -> through.rsvp.rsvp(member,
                        new RsvpUseCase.Input(event.id(), answer, guests))));
            }
            for (Future<RsvpUseCase.Result> answer : answered) {
                done(answer);
            }
            SeatChecks.assertSeatsExact(kit, event.id(), 20);
        }

        assertThat(one.ledgers.ways().inOneCall() + two.ledgers.ways().inOneCall())
                .as("batches went in one call").isPositive();
    }

    /** One RSVP per member, seats counted exactly, no waiting party that would fit, waitlist places 1..n. */
    private void assertExact(long eventId, int capacity, int memberCount) {
        SeatChecks.assertSeatsExact(kit, eventId, capacity);
        List<Rsvp> rsvps = kit.rsvps.forEvent(eventId);
        assertThat(rsvps).hasSize(memberCount);
        int seats = kit.events.byId(eventId).orElseThrow().seatsTaken();
        List<Rsvp> waitlist = kit.rsvps.waitlist(eventId);
        assertThat(waitlist).hasSize(memberCount - (int) rsvps.stream().filter(Rsvp::confirmed).count())
                .allSatisfy(waiting -> assertThat(seats + waiting.partySize()).isGreaterThan(capacity));
        assertThat(waitlist.stream().map(Rsvp::waitlistOrder).toList())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, waitlist.size()).boxed().toList());
    }

    @Test
    void aLoneAnswerGoesAtOnceWhileAnotherEventsAnswersWait() throws Exception {
        Event busy = post(10, 0);
        Event quiet = post(10, 0);
        Instance instance = new Instance(kit);
        try (RowLock lock = lockEvent(busy.id())) {
            Future<RsvpUseCase.Result> held = instance.answer(threads, kit.member("Ada"), busy.id(), Answer.GOING, 0);
            Future<RsvpUseCase.Result> lone = instance.answer(threads, kit.member("Grace"), quiet.id(),
                    Answer.GOING, 0);

            assertThat(done(lone).change().rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
            assertThat(held).isNotDone();
            lock.release();
            assertThat(done(held).change().rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
        }
        assertThat(instance.combiner.batchSizes()[1]).isEqualTo(2);
        assertThat(instance.combinedAnswers()).isZero();
    }

    @Test
    void aRefusedAnswerInABatchRefusesOnlyItsCallerAndLeavesItOutOfTheGroup() throws Exception {
        Event event = post(2, 2);
        Actor first = kit.member("Ada");
        Actor seated = kit.member("Grace");
        Actor tooManyGuests = kit.member("Linus");
        Actor tooLargeParty = kit.member("Barbara");
        Actor waiting = kit.member("Edsger");
        Instance instance = new Instance(kit);
        List<Future<RsvpUseCase.Result>> answers = new ArrayList<>();
        try (RowLock lock = lockEvent(event.id())) {
            Future<RsvpUseCase.Result> alone = instance.answer(threads, first, event.id(), Answer.GOING, 0);
            answers.add(instance.answer(threads, seated, event.id(), Answer.GOING, 0));
            answers.add(instance.answer(threads, tooManyGuests, event.id(), Answer.GOING, 5));
            answers.add(instance.answer(threads, tooLargeParty, event.id(), Answer.GOING, 2));
            answers.add(instance.answer(threads, waiting, event.id(), Answer.GOING, 0));
            lock.release();
            done(alone);
        }

        assertThat(done(answers.get(0)).change().rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(done(answers.get(3)).change().waitlistPosition()).isEqualTo(1);
        assertRefused(answers.get(1), "allows up to 2 guests");
        assertRefused(answers.get(2), "A party of 3 cannot fit");
        assertThat(kit.rsvps.find(event.id(), tooManyGuests.memberId())).isEmpty();
        assertThat(kit.rsvps.find(event.id(), tooLargeParty.memberId())).isEmpty();
        assertThat(kit.groups.isMember(event.groupId(), tooLargeParty.memberId())).isFalse();
        assertThat(kit.groups.isMember(event.groupId(), tooManyGuests.memberId())).isFalse();
        assertThat(kit.groups.isMember(event.groupId(), waiting.memberId())).isTrue();
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(2);
    }

    private static void assertRefused(Future<RsvpUseCase.Result> answer, String message) {
        assertThatThrownBy(() -> done(answer)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(Refusal.class).hasMessageContaining(message);
    }

    @Test
    void aCancellationInABatchPromotesTheFirstWaitingAndTellsThemInTheSameTransaction() throws Exception {
        Event event = post(1, 0);
        Actor holder = kit.member("Ada");
        Actor firstWaiting = kit.member("Grace");
        kit.rsvp.rsvp(holder, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(firstWaiting, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        Actor newcomer = kit.member("Linus");
        Instance instance = new Instance(kit);
        try (RowLock lock = lockEvent(event.id())) {
            Future<RsvpUseCase.Result> alone = instance.answer(threads, kit.member("Barbara"), event.id(),
                    Answer.MAYBE, 0);
            Future<RsvpUseCase.Result> leaving = instance.answer(threads, holder, event.id(), Answer.NOT_GOING, 0);
            Future<RsvpUseCase.Result> arriving = instance.answer(threads, newcomer, event.id(), Answer.GOING, 0);
            lock.release();
            done(alone);
            assertThat(done(leaving).change().promoted()).extracting(Rsvp::memberId)
                    .containsExactly(firstWaiting.memberId());
            assertThat(done(arriving).change().waitlistPosition()).isEqualTo(1);
        }

        assertThat(kit.rsvps.find(event.id(), firstWaiting.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.rsvps.waitlist(event.id())).extracting(Rsvp::memberId).containsExactly(newcomer.memberId());
        assertThat(kit.jdbc.one("select count(*) from outbox where kind = 'PROMOTED' and member_id = ?",
                row -> row.getInt(1), firstWaiting.memberId())).contains(1);
        assertThat(instance.combinedAnswers()).isEqualTo(2);
    }

    @Test
    void aFailedBatchFailsEveryAnswerInItAndLeavesNoRowOfIt() throws Exception {
        Event event = post(10, 0);
        Actor first = kit.member("Ada");
        List<Actor> batch = members("Batch", 3);
        kit.jdbc.update("""
                create function refuse_one_member() returns trigger language plpgsql as $$
                begin
                    if new.member_id = %d then
                        raise exception 'this member''s row cannot be written';
                    end if;
                    return new;
                end $$""".formatted(batch.get(1).memberId()));
        kit.jdbc.update("create trigger refuse_one_member before insert or update on rsvp for each row "
                + "execute function refuse_one_member()");
        Instance instance = new Instance(kit);
        List<Future<RsvpUseCase.Result>> answers = new ArrayList<>();
        try (RowLock lock = lockEvent(event.id())) {
            Future<RsvpUseCase.Result> alone = instance.answer(threads, first, event.id(), Answer.GOING, 0);
            for (Actor member : batch) {
                answers.add(instance.answer(threads, member, event.id(), Answer.GOING, 0));
            }
            lock.release();
            done(alone);
        }

        for (Future<RsvpUseCase.Result> answer : answers) {
            assertThatThrownBy(() -> done(answer)).cause().isInstanceOf(StoreException.class);
        }
        assertThat(kit.rsvps.forEvent(event.id())).extracting(Rsvp::memberId).containsExactly(first.memberId());
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(1);
        assertThat(batch).noneMatch(member -> kit.groups.isMember(event.groupId(), member.memberId()));
        assertThat(Arrays.stream(instance.combiner.batchSizes()).sum()).isEqualTo(2);
    }
}
