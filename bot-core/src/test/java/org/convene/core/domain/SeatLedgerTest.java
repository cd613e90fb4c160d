package org.convene.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatLedgerTest {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

    private static Event event(Integer capacity) {
        return new Event(1, 1, null, "Book club", "", NOW.plusSeconds(86_400), NOW.plusSeconds(90_000),
                ZoneId.of("America/New_York"), null, null, null, capacity, 3, null, EventStatus.SCHEDULED, null, 0, false);
    }

    private static SeatLedger ledger(Integer capacity, List<Rsvp> rsvps) {
        return SeatLedger.of(event(capacity), rsvps);
    }

    @Test
    void aPartyThatFitsIsConfirmedAndTakesItsGuestsSeats() {
        SeatChange change = ledger(5, List.of()).answer(1, 7, Answer.GOING, 2, NOW);

        assertThat(change.rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(change.seatsTaken()).isEqualTo(3);
        assertThat(change.waitlistPosition()).isZero();
    }

    @Test
    void aPartyThatDoesNotFitWaitsAndIsToldItsPosition() {
        SeatLedger ledger = ledger(2, List.of());
        ledger.answer(1, 1, Answer.GOING, 1, NOW);
        SeatChange first = ledger.answer(1, 2, Answer.GOING, 0, NOW);
        SeatChange second = ledger.answer(1, 3, Answer.GOING, 0, NOW);

        assertThat(first.rsvp().state()).isEqualTo(RsvpState.WAITLISTED);
        assertThat(first.waitlistPosition()).isEqualTo(1);
        assertThat(second.waitlistPosition()).isEqualTo(2);
        assertThat(second.seatsTaken()).isEqualTo(2);
    }

    @Test
    void freedSeatsPromoteTheWaitlistInOrderSkippingAPartyThatDoesNotFit() {
        SeatLedger ledger = ledger(3, List.of());
        ledger.answer(1, 1, Answer.GOING, 1, NOW);
        ledger.answer(1, 5, Answer.GOING, 0, NOW);
        ledger.answer(1, 2, Answer.GOING, 2, NOW);
        ledger.answer(1, 3, Answer.GOING, 0, NOW);
        ledger.answer(1, 4, Answer.GOING, 0, NOW);

        SeatChange change = ledger.answer(1, 1, Answer.NOT_GOING, 0, NOW);

        assertThat(change.promoted()).extracting(Rsvp::memberId).containsExactly(3L, 4L);
        assertThat(change.seatsTaken()).isEqualTo(3);
        assertThat(ledger.waitlistPosition(2)).isEqualTo(1);
    }

    @Test
    void maybeAndNotGoingTakeNoSeat() {
        SeatLedger ledger = ledger(1, List.of());
        assertThat(ledger.answer(1, 1, Answer.MAYBE, 0, NOW).rsvp().state()).isEqualTo(RsvpState.NONE);
        assertThat(ledger.answer(1, 2, Answer.NOT_GOING, 0, NOW).seatsTaken()).isZero();
        assertThat(ledger.answer(1, 3, Answer.GOING, 0, NOW).rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
    }

    @Test
    void moreGuestsThanTheFreeSeatsAreRefusedAndTheRsvpStays() {
        SeatLedger ledger = ledger(3, List.of());
        ledger.answer(1, 1, Answer.GOING, 0, NOW);
        ledger.answer(1, 2, Answer.GOING, 0, NOW);

        assertThatThrownBy(() -> ledger.answer(1, 1, Answer.GOING, 2, NOW))
                .isInstanceOf(Refusal.class)
                .hasMessage("Only 2 seats are left for your party, so you can bring at most 1 guest; "
                        + "your RSVP stays at +0.");
        assertThat(ledger.seatsTaken()).isEqualTo(2);
    }

    @Test
    void aWaitlistedMemberWhoChangesGuestsKeepsTheirPlace() {
        SeatLedger ledger = ledger(2, List.of());
        ledger.answer(1, 1, Answer.GOING, 1, NOW);
        ledger.answer(1, 2, Answer.GOING, 0, NOW);
        ledger.answer(1, 3, Answer.GOING, 0, NOW);

        SeatChange change = ledger.answer(1, 2, Answer.GOING, 1, NOW);

        assertThat(change.waitlistPosition()).isEqualTo(1);
    }

    @Test
    void aPartyLargerThanTheWholeEventIsRefused() {
        assertThatThrownBy(() -> ledger(2, List.of()).answer(1, 1, Answer.GOING, 2, NOW))
                .hasMessage("A party of 3 cannot fit: the event has 2 seats in all.");
    }

    @Test
    void aCapacityBelowTheSeatsTakenIsRefused() {
        SeatLedger ledger = ledger(5, List.of());
        ledger.answer(1, 1, Answer.GOING, 2, NOW);

        assertThatThrownBy(() -> ledger.withCapacity(2))
                .hasMessage("Capacity 2 is below the 3 seats already taken; use capacity=3 or more.");
    }

    @Test
    void aLargerCapacityPromotesTheWaitlist() {
        SeatLedger ledger = ledger(1, List.of());
        ledger.answer(1, 1, Answer.GOING, 0, NOW);
        ledger.answer(1, 2, Answer.GOING, 0, NOW);
        List<Rsvp> stored = new ArrayList<>();
        stored.add(new Rsvp(1, 1, Answer.GOING, 0, RsvpState.CONFIRMED, null, NOW));
        stored.add(new Rsvp(1, 2, Answer.GOING, 0, RsvpState.WAITLISTED, 1L, NOW));

        List<Rsvp> promoted = ledger(1, stored).withCapacity(2).promote();

        assertThat(promoted).extracting(Rsvp::memberId).containsExactly(2L);
    }

    @Test
    void aConfirmedMemberOfAnUncappedEventMayAnswerAgainWithMoreGuests() {
        SeatLedger ledger = ledger(null, List.of());
        ledger.answer(1, 1, Answer.GOING, 0, NOW);

        SeatChange again = ledger.answer(1, 1, Answer.GOING, 3, NOW);

        assertThat(again.rsvp().confirmed()).isTrue();
        assertThat(again.seatsTaken()).isEqualTo(4);
    }

    @Test
    void aLedgerFromTheSeatCountAndTheWaitlistDecidesLikeOneFromEveryRsvp() {
        Event full = event(2).withSeatsTaken(2);
        Rsvp waiting = new Rsvp(1, 9, Answer.GOING, 0, RsvpState.WAITLISTED, 4L, NOW);
        Rsvp mine = new Rsvp(1, 7, Answer.GOING, 1, RsvpState.CONFIRMED, null, NOW);

        SeatChange change = SeatLedger.of(full, mine, List.of(waiting)).answer(1, 7, Answer.NOT_GOING, 0, NOW);

        assertThat(change.promoted()).extracting(Rsvp::memberId).containsExactly(9L);
        assertThat(change.seatsTaken()).isEqualTo(1);
    }

    @Test
    void anUncappedEventConfirmsEveryone() {
        SeatLedger ledger = ledger(null, List.of());
        for (long member = 1; member <= 100; member++) {
            assertThat(ledger.answer(1, member, Answer.GOING, 3, NOW).rsvp().confirmed()).isTrue();
        }
        assertThat(ledger.seatsTaken()).isEqualTo(400);
    }

    @Test
    void membersNamedAsBehindWaitBehindTheOthersAndArePromotedAfterThem() {
        SeatLedger ledger = ledger(1, List.of()).withWaitingBehind(java.util.Set.of(2L, 4L));
        ledger.answer(1, 1, Answer.GOING, 0, NOW);
        ledger.answer(1, 2, Answer.GOING, 0, NOW);
        ledger.answer(1, 3, Answer.GOING, 0, NOW);
        ledger.answer(1, 4, Answer.GOING, 0, NOW);
        SeatChange fifth = ledger.answer(1, 5, Answer.GOING, 0, NOW);

        assertThat(ledger.waitlist()).extracting(Rsvp::memberId).containsExactly(3L, 5L, 2L, 4L);
        assertThat(fifth.waitlistPosition()).isEqualTo(2);
        assertThat(ledger.answer(1, 1, Answer.NOT_GOING, 0, NOW).promoted()).extracting(Rsvp::memberId)
                .containsExactly(3L);
    }
}
