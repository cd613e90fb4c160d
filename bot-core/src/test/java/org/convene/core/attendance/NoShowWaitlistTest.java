package org.convene.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.command.EventCards;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.reply.Field;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoShowWaitlistTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private Actor admin;
    private Event past;
    private Event next;

    @BeforeEach
    void setUp() {
        admin = kit.adminWithGroup("bookclub", "Book Club");
        Instant start = CoreKit.START.plus(Duration.ofDays(3));
        past = kit.postEvent.post(admin, Events.capped("bookclub", start, null, 0)).event();
        next = kit.postEvent.post(admin, Events.capped("bookclub", start.plus(Duration.ofDays(7)), 1, 0)).event();
    }

    /** Members who held a seat at the past event and did not come, once its attendance is closed. */
    private List<Actor> noShows(String... names) {
        List<Actor> absent = new ArrayList<>();
        for (String name : names) {
            Actor member = kit.member(name);
            answer(member, past);
            absent.add(member);
        }
        kit.clock.set(past.startsAt().plus(Duration.ofHours(1)));
        kit.attendance.close(admin, past.id());
        return absent;
    }

    private RsvpUseCase.Result answer(Actor member, Event event) {
        return kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
    }

    private List<String> waitlist(Event event) {
        return kit.listAttendees.list(admin, event.id()).waitlist().stream()
                .map(attendee -> attendee.member().displayName()).toList();
    }

    @Test
    void membersWithARecentNoShowWaitBehindOthersAndArePromotedAfterThem() {
        Actor linus = noShows("Linus").getFirst();
        kit.attendance.waitBehind(admin, next.id(), true);
        answer(kit.member("Grace"), next);

        assertThat(answer(linus, next).change().waitlistPosition()).isEqualTo(1);
        assertThat(answer(kit.member("Barbara"), next).change().waitlistPosition()).isEqualTo(1);
        assertThat(waitlist(next)).containsExactly("Barbara", "Linus");

        RsvpUseCase.Result freed = kit.rsvp.rsvp(kit.member("Grace"),
                new RsvpUseCase.Input(next.id(), Answer.NOT_GOING, 0));
        assertThat(freed.change().promoted()).extracting(Rsvp::memberId)
                .containsExactly(kit.member("Barbara").memberId());
        assertThat(waitlist(next)).containsExactly("Linus");
    }

    @Test
    void withoutTheRuleTheWaitlistKeepsTheOrderOfAnswers() {
        Actor linus = noShows("Linus").getFirst();
        answer(kit.member("Grace"), next);
        answer(linus, next);
        answer(kit.member("Barbara"), next);

        assertThat(waitlist(next)).containsExactly("Linus", "Barbara");
    }

    @Test
    void aNoShowOlderThanTheExpiryNoLongerPutsAMemberBehind() {
        Actor linus = noShows("Linus").getFirst();
        kit.attendance.waitBehind(admin, next.id(), true);
        kit.attendanceRecord.changeExpiry(admin, 3);
        kit.clock.set(next.startsAt().minus(Duration.ofDays(1)));
        answer(kit.member("Grace"), next);
        answer(linus, next);
        answer(kit.member("Barbara"), next);

        assertThat(waitlist(next)).containsExactly("Linus", "Barbara");
    }

    @Test
    void theRuleChangesOnlyBeforeAnyoneAnswersAndTheCardShowsIt() {
        kit.attendance.waitBehind(admin, next.id(), true);
        Actor grace = kit.member("Grace");
        assertThat(EventCards.card(kit.showEvent.show(grace, next.id())).fields()).extracting(Field::name)
                .contains("Waitlist");
        answer(grace, next);

        kit.assertRefusedAndUnchanged(() -> kit.attendance.waitBehind(admin, next.id(), false), "Members have "
                + "already answered \"Book club\"; the no-show rule can only change before anyone answers, so nobody "
                + "meets it unannounced.");
        assertThat(EventCards.card(kit.showEvent.show(admin, past.id())).fields()).extracting(Field::name)
                .doesNotContain("Waitlist");
    }

    @Test
    void manyAnswersAtOnceKeepSeatsExactAndPutRecentNoShowsBehind() throws Exception {
        List<Actor> absent = noShows("Absent 1", "Absent 2", "Absent 3", "Absent 4", "Absent 5", "Absent 6");
        Event busy = kit.postEvent.post(admin, Events.capped("bookclub", next.startsAt(), 5, 0)).event();
        kit.attendance.waitBehind(admin, busy.id(), true);
        List<Actor> everyone = new ArrayList<>(absent);
        for (int index = 0; index < 24; index++) {
            everyone.add(kit.member("Present " + index));
        }
        ExecutorService threads = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RsvpUseCase.Result>> answers = new ArrayList<>();
        try {
            for (Actor member : everyone) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return answer(member, busy);
                }));
            }
            go.countDown();
            for (Future<RsvpUseCase.Result> answered : answers) {
                answered.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Rsvp> rsvps = kit.rsvps.forEvent(busy.id());
        assertThat(rsvps.stream().filter(Rsvp::confirmed).count()).isEqualTo(5);
        assertThat(kit.events.byId(busy.id()).orElseThrow().seatsTaken()).isEqualTo(5);
        List<Long> absentIds = absent.stream().map(Actor::memberId).toList();
        List<Boolean> behindInOrder = kit.rsvps.waitlist(busy.id()).stream()
                .map(rsvp -> absentIds.contains(rsvp.memberId())).toList();
        assertThat(behindInOrder).hasSize(25).isSorted();
        assertThat(rsvps.stream().filter(rsvp -> rsvp.state() == RsvpState.WAITLISTED).count()).isEqualTo(25);

        kit.editEvent.edit(admin, capacity(busy, 24));
        List<Rsvp> waiting = kit.rsvps.waitlist(busy.id());
        assertThat(kit.events.byId(busy.id()).orElseThrow().seatsTaken()).isEqualTo(24);
        long absentSeated = rsvps.stream().filter(Rsvp::confirmed).filter(rsvp -> absentIds.contains(rsvp.memberId()))
                .count();
        assertThat(waiting).hasSize(6);
        assertThat(waiting.stream().filter(rsvp -> absentIds.contains(rsvp.memberId())).count())
                .isEqualTo(absentIds.size() - absentSeated);
    }

    private static EditEventUseCase.Input capacity(Event event, int capacity) {
        return new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.to(capacity), Change.keep(), Change.keep());
    }
}
