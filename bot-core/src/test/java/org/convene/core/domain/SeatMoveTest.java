package org.convene.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatMoveTest {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

    private static Event event(Integer capacity, int seatsTaken) {
        return new Event(1, 1, null, "Book club", "", NOW.plusSeconds(86_400), NOW.plusSeconds(90_000),
                ZoneId.of("America/New_York"), null, null, null, capacity, 3, null, EventStatus.SCHEDULED, null,
                seatsTaken, false);
    }

    private static Rsvp rsvp(Answer answer, int guests, RsvpState state, Long order) {
        return new Rsvp(1, 7, answer, guests, state, order, NOW.minusSeconds(60));
    }

    private static SeatMove move(Event event, Rsvp mine, Answer answer, int guests) {
        List<Rsvp> waiting = mine != null && mine.waitlisted() ? List.of(mine) : List.of();
        return SeatMove.of(SeatLedger.of(event, mine, waiting).answer(1, 7, answer, guests, NOW)).orElseThrow();
    }

    @Test
    void aNewPartyThatFitsRestsOnTheSeatsStillFitting() {
        SeatMove move = move(event(10, 4), null, Answer.GOING, 2);

        assertThat(move.premise()).isEqualTo(SeatMove.Premise.FITS);
        assertThat(move.seatDelta()).isEqualTo(3);
        assertThat(move.previous()).isNull();
    }

    @Test
    void aNewPartyThatDoesNotFitRestsOnTheEventStillBeingFull() {
        SeatMove move = move(event(2, 2), null, Answer.GOING, 0);

        assertThat(move.premise()).isEqualTo(SeatMove.Premise.STILL_FULL);
        assertThat(move.seatDelta()).isZero();
        assertThat(move.next().waitlisted()).isTrue();
    }

    @Test
    void givingUpASeatRestsOnNobodyWaitingForIt() {
        Rsvp mine = rsvp(Answer.GOING, 1, RsvpState.CONFIRMED, null);

        SeatMove move = move(event(10, 2), mine, Answer.NOT_GOING, 0);

        assertThat(move.premise()).isEqualTo(SeatMove.Premise.NOBODY_WAITING);
        assertThat(move.seatDelta()).isEqualTo(-2);
        assertThat(move.previous()).isEqualTo(mine);
    }

    @Test
    void changingAnAnswerThatHoldsNoSeatRestsOnNothingAboutSeats() {
        SeatMove move = move(event(10, 10), rsvp(Answer.MAYBE, 0, RsvpState.NONE, null), Answer.NOT_GOING, 0);

        assertThat(move.premise()).isEqualTo(SeatMove.Premise.NONE);
        assertThat(move.seatDelta()).isZero();
    }

    @Test
    void anAnswerThatPromotesSomeoneIsNoMove() {
        Rsvp waiting = rsvp(Answer.GOING, 2, RsvpState.WAITLISTED, 1L);
        SeatChange change = SeatLedger.of(event(2, 1), waiting, List.of(waiting)).answer(1, 7, Answer.GOING, 0, NOW);

        assertThat(change.promoted()).hasSize(1);
        assertThat(SeatMove.of(change)).isEmpty();
    }

    @Test
    void theAppliedChangeCarriesTheWaitlistOrderAndPlaceTheStoreGave() {
        SeatMove move = move(event(1, 1), null, Answer.GOING, 0);

        SeatChange change = move.applied(1, 12L, 3);

        assertThat(change.rsvp().waitlistOrder()).isEqualTo(12L);
        assertThat(change.waitlistPosition()).isEqualTo(3);
        assertThat(change.seatsTaken()).isEqualTo(1);
        assertThat(change.promoted()).isEmpty();
    }
}
