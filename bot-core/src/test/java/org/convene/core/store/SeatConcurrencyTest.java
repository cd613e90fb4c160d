package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/** Five hundred members answer one fifty-seat event at the same moment, round after round, against PostgreSQL. */
class SeatConcurrencyTest {

    private static final int MEMBERS = 500;
    private static final int CAPACITY = 50;
    private static CoreKit kit;
    private static Actor admin;
    private static List<Actor> members;
    private static ExecutorService threads;

    @BeforeAll
    static void setUp() {
        kit = new CoreKit();
        admin = kit.adminWithGroup("bookclub", "Book Club");
        members = new ArrayList<>();
        for (int index = 0; index < MEMBERS; index++) {
            members.add(kit.member("Member " + index));
        }
        threads = Executors.newFixedThreadPool(MEMBERS);
    }

    @AfterAll
    static void tearDown() {
        threads.shutdownNow();
        kit.close();
    }

    private static int guestsOf(int index) {
        return index % 7 == 0 ? 2 : index % 5 == 0 ? 1 : 0;
    }

    @RepeatedTest(5)
    void fiveHundredAtOnceFillFiftySeatsExactlyAndCancellationsPromoteInOrder() throws Exception {
        Event event = kit.postEvent.post(admin,
                Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(5)), CAPACITY, 2)).event();

        runAtOnce(index -> kit.rsvp.rsvp(members.get(index),
                new RsvpUseCase.Input(event.id(), Answer.GOING, guestsOf(index))), MEMBERS);

        List<Rsvp> rsvps = kit.rsvps.forEvent(event.id());
        assertThat(rsvps).hasSize(MEMBERS);
        int seats = rsvps.stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
        assertThat(seats).isEqualTo(kit.events.byId(event.id()).orElseThrow().seatsTaken());
        assertThat(seats).isBetween(CAPACITY - 2, CAPACITY);
        List<Rsvp> waitlist = waitlist(event.id());
        assertThat(waitlist).hasSize(MEMBERS - (int) rsvps.stream().filter(Rsvp::confirmed).count());
        assertThat(waitlist.stream().map(Rsvp::waitlistOrder).distinct()).hasSize(waitlist.size());
        assertThat(seats + waitlist.getFirst().partySize()).isGreaterThan(CAPACITY);

        List<Rsvp> confirmed = rsvps.stream().filter(Rsvp::confirmed).limit(10).toList();
        List<Long> expected = expectedPromotions(waitlist, CAPACITY - seats,
                confirmed.stream().map(Rsvp::partySize).toList());
        for (Rsvp leaving : confirmed) {
            Actor actor = members.stream().filter(member -> member.memberId() == leaving.memberId()).findFirst()
                    .orElseThrow();
            kit.rsvp.rsvp(actor, new RsvpUseCase.Input(event.id(), Answer.NOT_GOING, 0));
        }

        List<Long> promoted = waitlist.stream().map(Rsvp::memberId)
                .filter(member -> kit.rsvps.find(event.id(), member).orElseThrow().confirmed()).toList();
        assertThat(promoted).isEqualTo(expected);
        int after = kit.rsvps.forEvent(event.id()).stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
        assertThat(after).isLessThanOrEqualTo(CAPACITY).isEqualTo(kit.events.byId(event.id()).orElseThrow().seatsTaken());
    }

    @RepeatedTest(3)
    void duplicateDeliveriesOfOneAnswerKeepOneRsvp() throws Exception {
        Event event = kit.postEvent.post(admin,
                Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(5)), 1, 0)).event();

        runAtOnce(index -> kit.rsvp.rsvp(members.get(index % 20),
                new RsvpUseCase.Input(event.id(), Answer.GOING, 0)), 200);

        List<Rsvp> rsvps = kit.rsvps.forEvent(event.id());
        assertThat(rsvps).hasSize(20);
        assertThat(rsvps.stream().filter(Rsvp::confirmed)).hasSize(1);
        assertThat(rsvps.stream().filter(rsvp -> rsvp.state() == RsvpState.WAITLISTED)).hasSize(19);
    }

    /**
     * Who a run of seat releases should promote: after each release, the waitlist in order, skipping a party that
     * does not fit. Returned in waitlist order.
     */
    private static List<Long> expectedPromotions(List<Rsvp> waitlist, int freeSeats, List<Integer> releases) {
        List<Rsvp> waiting = new ArrayList<>(waitlist);
        int free = freeSeats;
        for (int released : releases) {
            free += released;
            for (Rsvp party : List.copyOf(waiting)) {
                if (party.partySize() <= free) {
                    waiting.remove(party);
                    free -= party.partySize();
                }
            }
        }
        return waitlist.stream().filter(party -> !waiting.contains(party)).map(Rsvp::memberId).toList();
    }

    private static List<Rsvp> waitlist(long eventId) {
        return kit.rsvps.forEvent(eventId).stream().filter(Rsvp::waitlisted)
                .sorted(Comparator.comparingLong(Rsvp::waitlistOrder)).toList();
    }

    private interface Attempt {
        void run(int index) throws Exception;
    }

    private static void runAtOnce(Attempt attempt, int count) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            int which = index;
            futures.add(threads.submit(() -> {
                gate.await();
                attempt.run(which);
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
    }
}
