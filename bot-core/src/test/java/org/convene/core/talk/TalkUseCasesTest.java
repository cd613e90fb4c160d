package org.convene.core.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.convene.core.command.EventCards;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.reply.Card;
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

/** Calls for presenters against the real PostgreSQL: slots, offers, decisions, and the seats presenters hold. */
class TalkUseCasesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private Actor admin;
    private Actor grace;
    private Actor linus;
    private Instant start;

    @BeforeEach
    void setUp() {
        admin = kit.adminWithGroup("bookclub", "Book Club");
        grace = kit.member("Grace");
        linus = kit.member("Linus");
        // 10:00–12:00 in New York.
        start = CoreKit.START.plus(Duration.ofDays(3));
    }

    private Event post(Integer capacity) {
        return kit.postEvent.post(admin, Events.capped("bookclub", start, capacity, 1)).event();
    }

    private void open(Event event, int count, boolean auto) {
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(event.id(), count, 15, List.of(), null, auto));
    }

    private TalkOffer offer(Actor who, Event event, Integer slot, String title) {
        return kit.talkOffers.offer(who, new TalkOfferUseCase.Input(event.id(), slot, title, "One line.")).offer();
    }

    private Event stored(Event event) {
        return kit.events.byId(event.id()).orElseThrow();
    }

    private int confirmedSeats(Event event) {
        return kit.rsvps.forEvent(event.id()).stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
    }

    @Test
    void acceptingAnOfferMakesThePresenterAConfirmedAttendeeWhoHoldsASeat() {
        Event event = post(10);
        open(event, 4, false);
        TalkOffer offer = offer(grace, event, 2, "Linked data on a shoestring");
        assertThat(offer.state()).isEqualTo(OfferState.PENDING);
        assertThat(kit.rsvps.find(event.id(), grace.memberId())).isEmpty();

        kit.talkOffers.accept(admin, offer.id());

        Rsvp rsvp = kit.rsvps.find(event.id(), grace.memberId()).orElseThrow();
        assertThat(rsvp.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(stored(event).seatsTaken()).isEqualTo(1).isEqualTo(confirmedSeats(event));
        assertThat(kit.talks.offer(offer.id()).orElseThrow().state()).isEqualTo(OfferState.ACCEPTED);
    }

    @Test
    void acceptingAtCapacityIsRefusedAndChangesNothing() {
        Event event = post(1);
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        open(event, 2, false);
        TalkOffer offer = offer(grace, event, null, "Shelf reading with robots");

        kit.assertRefusedAndUnchanged(() -> kit.talkOffers.accept(admin, offer.id()),
                "#" + event.id() + " Book club is full (1 of 1 seats taken), and a presenter needs a seat; raise the "
                        + "capacity with /meetup edit " + event.id() + " capacity=2 and accept again.");
    }

    @Test
    void aPresenterTakesAFreeSeatAheadOfAWaitingPartyThatDoesNotFit() {
        Event event = post(3);
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 1));
        Actor barbara = kit.member("Barbara");
        kit.rsvp.rsvp(barbara, new RsvpUseCase.Input(event.id(), Answer.GOING, 1));
        open(event, 2, false);

        kit.talkOffers.accept(admin, offer(grace, event, 1, "Zines in the stacks").id());

        assertThat(kit.rsvps.find(event.id(), grace.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.rsvps.find(event.id(), barbara.memberId()).orElseThrow().waitlisted()).isTrue();
        assertThat(stored(event).seatsTaken()).isEqualTo(3).isEqualTo(confirmedSeats(event));
    }

    @Test
    void withdrawingAnAcceptedTalkFreesTheSlotAndItsSeatAndPromotesTheWaitlist() {
        Event event = post(1);
        open(event, 1, true);
        TalkOffer offer = offer(grace, event, null, "Metadata horror stories");
        assertThat(offer.state()).isEqualTo(OfferState.ACCEPTED);
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        assertThat(kit.rsvps.find(event.id(), linus.memberId()).orElseThrow().waitlisted()).isTrue();

        TalkOfferUseCase.Result result = kit.talkOffers.withdraw(grace, offer.id());

        assertThat(result.offer().state()).isEqualTo(OfferState.WITHDRAWN);
        assertThat(result.agenda().hasOpenSlot()).isTrue();
        assertThat(kit.rsvps.find(event.id(), linus.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.rsvps.find(event.id(), grace.memberId()).orElseThrow().confirmed()).isFalse();
        assertThat(stored(event).seatsTaken()).isEqualTo(1).isEqualTo(confirmedSeats(event));
        assertThat(kit.jdbc.one("select count(*) from outbox where kind = 'PROMOTED' and member_id = ?",
                row -> row.getInt(1), linus.memberId())).contains(1);
    }

    @Test
    void autoAcceptGivesTheFirstOpenSlotAndASeatAtOnce() {
        Event event = post(5);
        open(event, 2, true);
        offer(linus, event, 1, "Opening words");

        TalkOfferUseCase.Result result = kit.talkOffers.offer(grace,
                new TalkOfferUseCase.Input(event.id(), null, "Digitising letters", ""));

        assertThat(result.offer().state()).isEqualTo(OfferState.ACCEPTED);
        assertThat(result.slot().position()).isEqualTo(2);
        assertThat(result.agenda().hasOpenSlot()).isFalse();
        assertThat(stored(event).seatsTaken()).isEqualTo(2).isEqualTo(confirmedSeats(event));
        assertThatThrownBy(() -> offer(kit.member("Barbara"), event, null, "One more"))
                .isInstanceOf(Refusal.class).hasMessageContaining("Every talk slot of #" + event.id() + " is taken");
    }

    @Test
    void autoAcceptOnAFullEventLeavesTheOfferForTheOrganizers() {
        Event event = post(1);
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        open(event, 2, true);

        TalkOffer offer = offer(grace, event, null, "Card catalogues");

        assertThat(offer.state()).isEqualTo(OfferState.PENDING);
        assertThat(kit.rsvps.find(event.id(), grace.memberId())).isEmpty();
    }

    @Test
    void theEventCardShowsTheAgendaInOrderWithTimesInTheCommunityZone() {
        Event event = post(10);
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(event.id(), 0, 20,
                List.of("Opening", "Lightning round", "Closing"), LocalTime.of(10, 30), false));
        kit.talkOffers.accept(admin, offer(grace, event, 2, "Linked data on a shoestring").id());

        Card card = EventCards.card(kit.showEvent.show(linus, event.id()));

        Field agenda = card.fields().stream().filter(field -> field.name().equals("Agenda")).findFirst()
                .orElseThrow();
        assertThat(agenda.value().plain()).isEqualTo("""
                10:30–10:50 Slot 1 (Opening): open
                10:50–11:10 Slot 2 (Lightning round): \u201CLinked data on a shoestring\u201D — Grace
                11:10–11:30 Slot 3 (Closing): open""");
        assertThat(card.buttons()).anyMatch(button -> button.command().equals("talk offer " + event.id()));
    }

    @Test
    void slotsThatWouldRunPastTheEventAreRefusedWithWhatWasUnderstood() {
        Event event = post(10);

        kit.assertRefusedAndUnchanged(() -> open(event, 9, false), "9 slots of 15 min from 10:00 end at 12:15, "
                + "after the event ends at 12:00; open fewer or shorter slots, or lengthen the event first.");
    }

    @Test
    void onlyOrganizersOpenSlotsAndDecideOffers() {
        Event event = post(10);
        assertThatThrownBy(() -> kit.talkCalls.open(grace, new TalkCallUseCase.Input(event.id(), 2, 15, List.of(),
                null, false))).isInstanceOf(Refusal.class)
                .hasMessage("Only organizers of Book Club can open talk slots.");
        open(event, 2, false);
        TalkOffer offer = offer(grace, event, 1, "Archives and AI");

        assertThatThrownBy(() -> kit.talkOffers.accept(linus, offer.id())).isInstanceOf(Refusal.class)
                .hasMessage("Only organizers of Book Club can accept talks.");
        assertThatThrownBy(() -> kit.talkOffers.withdraw(linus, offer.id())).isInstanceOf(Refusal.class)
                .hasMessage("Only organizers of Book Club can withdraw someone else's talk.");
    }

    @Test
    void declineTellsThePresenterAndLeavesTheSlotOpen() {
        Event event = post(10);
        open(event, 1, false);
        TalkOffer offer = offer(grace, event, 1, "Archives and AI");

        kit.talkOffers.decline(admin, offer.id(), "We had that topic last month");

        assertThat(kit.talks.offer(offer.id()).orElseThrow().reason()).isEqualTo("We had that topic last month");
        assertThat(kit.agendas.of(event).hasOpenSlot()).isTrue();
        assertThat(kit.jdbc.one("select count(*) from outbox where kind = 'TALK_ANSWERED' and member_id = ?",
                row -> row.getInt(1), grace.memberId())).contains(1);
    }
    @Test
    void theAgendaMovesWithTheEventWhenItsTimeIsEdited() {
        Event event = post(10);
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(event.id(), 2, 15, List.of(), LocalTime.of(10, 30),
                false));

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(),
                Change.to(start.plus(Duration.ofHours(2))), Change.to(start.plus(Duration.ofHours(4))), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep()));

        assertThat(kit.agendas.of(stored(event)).lines()).containsExactly("12:30–12:45 Slot 1: open",
                "12:45–13:00 Slot 2: open");
    }
}
