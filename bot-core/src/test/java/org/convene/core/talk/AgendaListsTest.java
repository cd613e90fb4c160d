package org.convene.core.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EventDetails;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists of event cards read the talk calls of all their events at once: the agendas are those each event shows on
 * its own, for events with a call (with or without accepted talks) and without one.
 */
class AgendaListsTest {

    private static final String CALL_READ = "from talk_call";

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.adminWithGroup("bookclub", "Book Club");
    private final Actor grace = kit.member("Grace");
    private List<Event> events;

    @BeforeEach
    void setUp() {
        events = List.of(post(3), post(4), post(5), post(6));
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(events.get(0).id(), 3, 15, List.of(), null, false));
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(events.get(2).id(), 2, 20, List.of(), null, false));
        TalkOffer offer = kit.talkOffers.offer(grace, new TalkOfferUseCase.Input(events.get(0).id(), 2,
                "Linked data on a shoestring", "One line.")).offer();
        kit.talkOffers.accept(admin, offer.id());
        kit.talkOffers.offer(grace, new TalkOfferUseCase.Input(events.get(2).id(), 1, "Shelf reading", "Maybe."));
        events.forEach(event -> kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0)));
    }

    @Test
    void listingEventsShowsEachOnesAgendaAndReadsTheTalkCallsOnce() {
        Map<Long, Agenda> shownAlone = agendasShownAlone(admin);

        long before = kit.statements.executionsOf(CALL_READ);
        List<EventDetails> listed = kit.listEvents.list(admin, new ListEventsUseCase.Input(null, 1)).events();

        assertThat(kit.statements.executionsOf(CALL_READ) - before).isEqualTo(1);
        assertThat(byEvent(listed)).isEqualTo(shownAlone);
        assertThat(shownAlone.get(events.get(0).id()).entries())
                .extracting(Agenda.Entry::title, Agenda.Entry::presenter)
                .containsExactly(tuple(null, null), tuple("Linked data on a shoestring", "Grace"), tuple(null, null));
        assertThat(shownAlone.get(events.get(2).id()).entries()).hasSize(2).allMatch(Agenda.Entry::open);
        assertThat(shownAlone.get(events.get(1).id()).isEmpty()).isTrue();
        assertThat(shownAlone.get(events.get(3).id()).isEmpty()).isTrue();
    }

    @Test
    void aMembersOwnAgendaShowsEachEventsTalksAndReadsTheTalkCallsOnce() {
        Map<Long, Agenda> shownAlone = agendasShownAlone(grace);

        long before = kit.statements.executionsOf(CALL_READ);
        List<EventDetails> mine = kit.myAgenda.agenda(grace).rsvps();

        assertThat(kit.statements.executionsOf(CALL_READ) - before).isEqualTo(1);
        assertThat(byEvent(mine)).isEqualTo(shownAlone);
    }

    private Event post(int daysAhead) {
        return kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(daysAhead)),
                20, 0)).event();
    }

    private Map<Long, Agenda> agendasShownAlone(Actor viewer) {
        return events.stream().collect(Collectors.toMap(Event::id,
                event -> kit.showEvent.show(viewer, event.id()).agenda()));
    }

    private static Map<Long, Agenda> byEvent(List<EventDetails> details) {
        return details.stream().collect(Collectors.toMap(shown -> shown.event().id(), EventDetails::agenda));
    }
}
