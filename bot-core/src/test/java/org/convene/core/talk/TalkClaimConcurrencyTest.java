package org.convene.core.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many claim one slot at the same moment, against PostgreSQL: it is given once, and seats stay exact. */
class TalkClaimConcurrencyTest {

    private static final int CLAIMS = 24;

    private CoreKit kit;
    private Actor admin;
    private List<Actor> members;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        kit = new CoreKit();
        admin = kit.adminWithGroup("bookclub", "Book Club");
        members = new ArrayList<>();
        for (int index = 0; index < CLAIMS; index++) {
            members.add(kit.member("Member " + index));
        }
        threads = Executors.newFixedThreadPool(CLAIMS);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        kit.close();
    }

    private Event event(int capacity) {
        return kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(3)), capacity, 0))
                .event();
    }

    @Test
    void manyMembersClaimingOneSlotAtOnceWithAutoAcceptExactlyOneGetsIt() throws Exception {
        Event event = event(10);
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(event.id(), 2, 15, List.of(), null, true));

        List<Object> outcomes = atOnce(index -> kit.talkOffers.offer(members.get(index),
                new TalkOfferUseCase.Input(event.id(), 1, "Talk " + index, "")));

        assertThat(outcomes).filteredOn(TalkOfferUseCase.Result.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Refusal.class::isInstance).hasSize(CLAIMS - 1)
                .allMatch(refusal -> ((Refusal) refusal).getMessage().startsWith("Slot 1 of #" + event.id()
                        + " is already given to"));
        assertThat(kit.talks.offers(event.id())).singleElement()
                .satisfies(offer -> assertThat(offer.state()).isEqualTo(OfferState.ACCEPTED));
        assertSeatsExact(event, 1);
    }

    @Test
    void organizersAcceptingManyOffersForOneSlotAtOnceGiveItOnceAndSeatOnePresenter() throws Exception {
        Event event = event(CLAIMS);
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(event.id(), 1, 15, List.of(), null, false));
        List<Long> offers = new ArrayList<>();
        for (Actor member : members) {
            offers.add(kit.talkOffers.offer(member, new TalkOfferUseCase.Input(event.id(), 1, "Talk", ""))
                    .offer().id());
        }
        // Members answering meanwhile share the seat path with the presenters.
        Actor walkIn = kit.member("Walk-in");

        List<Object> outcomes = atOnce(index -> index == 0
                ? kit.rsvp.rsvp(walkIn, new RsvpUseCase.Input(event.id(), Answer.GOING, 0))
                : kit.talkOffers.accept(admin, offers.get(index)));

        assertThat(outcomes).filteredOn(TalkOfferUseCase.Result.class::isInstance).hasSize(1);
        assertThat(kit.talks.offers(event.id())).filteredOn(offer -> offer.state() == OfferState.ACCEPTED)
                .hasSize(1);
        assertSeatsExact(event, 2);
    }

    private void assertSeatsExact(Event event, int expected) {
        List<Rsvp> rsvps = kit.rsvps.forEvent(event.id());
        int confirmed = rsvps.stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
        assertThat(confirmed).isEqualTo(expected)
                .isEqualTo(kit.events.byId(event.id()).orElseThrow().seatsTaken());
    }

    /** Runs each claim on its own thread, all released together; each outcome is its result or its refusal. */
    private List<Object> atOnce(IntFunction<Object> claim) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLAIMS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int index = 0; index < CLAIMS; index++) {
            int which = index;
            futures.add(threads.submit(() -> {
                ready.countDown();
                assertThat(go.await(10, TimeUnit.SECONDS)).isTrue();
                try {
                    return claim.apply(which);
                } catch (Refusal refused) {
                    return refused;
                }
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
