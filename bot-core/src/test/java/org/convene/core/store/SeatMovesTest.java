package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.domain.SeatChange;
import org.convene.core.port.SeatMoves;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The one-call answer against the real function: applied when its read still holds, nothing changed when not. */
class SeatMovesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.adminWithGroup("bookclub", "Book Club");
    private final Actor grace = kit.member("Grace");
    private final Actor linus = kit.member("Linus");

    private Event post(Integer capacity) {
        return kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(3)), capacity,
                2)).event();
    }

    private SeatMoves.Seen read(Event event, Actor member) {
        return kit.seatMoves.read(event.id(), member.memberId()).orElseThrow();
    }

    private Optional<SeatChange> answer(SeatMoves.Seen seen, Actor member, Answer answer, int guests) {
        return kit.seats.answerInOneCall(seen, member.memberId(), answer, guests);
    }

    private void rsvp(Actor member, Event event, Answer answer) {
        kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), answer, 0));
    }

    private void assertStaleAndUnchanged(SeatMoves.Seen seen, Actor member, Answer answer) {
        String before = kit.database.snapshot();
        assertThat(answer(seen, member, answer, 0)).isEmpty();
        assertThat(kit.database.snapshot()).isEqualTo(before);
    }

    @Test
    void anAnswerDecidedOnAReadIsStoredWithItsSeatsAndTheGroupJoined() {
        Event event = post(10);

        SeatChange change = answer(read(event, grace), grace, Answer.GOING, 2).orElseThrow();

        assertThat(change.rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(change.seatsTaken()).isEqualTo(3);
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(3);
        Rsvp stored = kit.rsvps.find(event.id(), grace.memberId()).orElseThrow();
        assertThat(stored.guests()).isEqualTo(2);
        assertThat(kit.groups.isMember(event.groupId(), grace.memberId())).isTrue();
    }

    @Test
    void readSeesTheMembersOwnRsvpBesideTheEvent() {
        Event event = post(10);
        rsvp(grace, event, Answer.MAYBE);

        SeatMoves.Seen seen = read(event, grace);

        assertThat(seen.event().id()).isEqualTo(event.id());
        assertThat(seen.rsvp().answer()).isEqualTo(Answer.MAYBE);
        assertThat(read(event, linus).rsvp()).isNull();
    }

    @Test
    void nothingIsAppliedWhenTheMembersRsvpChangedSinceTheRead() {
        Event event = post(10);
        SeatMoves.Seen seen = read(event, grace);
        rsvp(grace, event, Answer.MAYBE);

        assertStaleAndUnchanged(seen, grace, Answer.GOING);
    }

    @Test
    void nothingIsAppliedWhenTheLastSeatWentSinceTheRead() {
        Event event = post(1);
        SeatMoves.Seen seen = read(event, grace);
        rsvp(linus, event, Answer.GOING);

        assertStaleAndUnchanged(seen, grace, Answer.GOING);
    }

    @Test
    void nothingIsAppliedWhenASeatFreedUpForAPartyThatWouldHaveWaited() {
        Event event = post(1);
        rsvp(grace, event, Answer.GOING);
        SeatMoves.Seen seen = read(event, linus);
        rsvp(grace, event, Answer.NOT_GOING);

        assertStaleAndUnchanged(seen, linus, Answer.GOING);
    }

    @Test
    void nothingIsAppliedWhenSomeoneNowWaitsForTheSeatTheAnswerFrees() {
        Event event = post(1);
        rsvp(grace, event, Answer.GOING);
        SeatMoves.Seen seen = read(event, grace);
        rsvp(linus, event, Answer.GOING);

        assertStaleAndUnchanged(seen, grace, Answer.NOT_GOING);
    }

    @Test
    void nothingIsAppliedWhenTheEventWasCancelledSinceTheRead() {
        Event event = post(10);
        SeatMoves.Seen seen = read(event, grace);
        kit.cancelEvent.cancel(admin, event.id(), "the room flooded");

        assertStaleAndUnchanged(seen, grace, Answer.GOING);
    }

    @Test
    void aNewWaitlistPlaceTakesTheNextOrderAndSaysItsPosition() {
        Event event = post(1);
        rsvp(grace, event, Answer.GOING);
        Actor ada = kit.member("Ada");

        SeatChange first = answer(read(event, linus), linus, Answer.GOING, 0).orElseThrow();
        SeatChange second = answer(read(event, ada), ada, Answer.GOING, 0).orElseThrow();

        assertThat(first.rsvp().waitlistOrder()).isEqualTo(1L);
        assertThat(first.waitlistPosition()).isEqualTo(1);
        assertThat(second.rsvp().waitlistOrder()).isEqualTo(2L);
        assertThat(second.waitlistPosition()).isEqualTo(2);
        assertThat(kit.rsvps.waitlist(event.id())).extracting(Rsvp::memberId)
                .containsExactly(linus.memberId(), ada.memberId());
    }

    @Test
    void nothingIsAppliedInsideACallersTransaction() {
        Event event = post(10);
        SeatMoves.Seen seen = read(event, grace);

        assertThat(kit.jdbc.inTransaction(() -> answer(seen, grace, Answer.GOING, 0))).isEmpty();
        assertThat(kit.rsvps.find(event.id(), grace.memberId())).isEmpty();
    }
}
