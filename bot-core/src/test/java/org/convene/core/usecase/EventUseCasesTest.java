package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.EventStatus;
import org.convene.core.domain.Recurrence;
import org.convene.core.domain.Refusal;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class EventUseCasesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.adminWithGroup("code4libnyc", "Code4LibNYC");
    private final Instant start = CoreKit.START.plus(Duration.ofDays(3));

    @Test
    void anOrganizerPostsAnEventThatListsAsUpcoming() {
        Actor organizer = kit.member("Olive");
        kit.organizers.add(admin, "code4libnyc", new MemberRef.ByName("Olive"));

        Event event = kit.postEvent.post(organizer, Events.capped("code4libnyc", start, 25, 0)).event();

        assertThat(kit.listEvents.list(kit.member("Grace"), new ListEventsUseCase.Input(null, 1)).events())
                .extracting(details -> details.event().id()).containsExactly(event.id());
    }

    @Test
    void postingByAMemberWhoIsNotAnOrganizerIsRefused() {
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.postEvent.post(member, Events.capped("code4libnyc", start, 25, 0)),
                "Only organizers of Code4LibNYC can post its events.");
    }

    @Test
    void anEventInThePastIsRefused() {
        kit.assertRefusedAndUnchanged(() -> kit.postEvent.post(admin,
                        Events.capped("code4libnyc", CoreKit.START.minus(Duration.ofDays(1)), 25, 0)),
                "The start, Sun Nov 1 2026, 10:00 AM EST, is in the past; give a time after now, "
                        + "like when=\"next thursday 6pm\".");
    }

    @Test
    void anEventEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> kit.postEvent.post(admin, new PostEventUseCase.Input("code4libnyc", "Talk", "",
                start, start.minus(Duration.ofHours(1)), CoreKit.NEW_YORK, null, null, null, null, 0, null, null)))
                .hasMessageStartingWith("The end, Thu Nov 5 2026, 9:00 AM EST, is not after the start");
    }

    @Test
    void anUnknownGroupIsRefused() {
        kit.assertRefusedAndUnchanged(() -> kit.postEvent.post(admin, Events.capped("nope", start, 25, 0)),
                "There is no group \"nope\" here. Type /meetup groups to see the groups and their short names.");
    }

    @Test
    void aNegativeCapacityIsRefusedBeforeAnythingHappens() {
        assertThatThrownBy(() -> Events.capped("code4libnyc", start, -3, 0))
                .isInstanceOf(Refusal.class)
                .hasMessage("Capacity must be at least 1 (you gave -3); leave it out for an event with no cap.");
    }

    @Test
    void aCapacityBelowTheSeatsTakenIsRefusedAndChangesNothing() {
        Event event = kit.postEvent.post(admin, Events.capped("code4libnyc", start, 10, 2)).event();
        kit.rsvp.rsvp(kit.member("Grace"), new RsvpUseCase.Input(event.id(), Answer.GOING, 2));

        kit.assertRefusedAndUnchanged(() -> kit.editEvent.edit(admin, capacity(event.id(), 2)),
                "Capacity 2 is below the 3 seats already taken; use capacity=3 or more.");
    }

    @Test
    void aLargerCapacityPromotesTheWaitlist() {
        Event event = kit.postEvent.post(admin, Events.capped("code4libnyc", start, 1, 0)).event();
        kit.rsvp.rsvp(kit.member("Grace"), new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        Actor linus = kit.member("Linus");
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));

        EditEventUseCase.Result result = kit.editEvent.edit(admin, capacity(event.id(), 2));

        assertThat(result.promoted()).extracting(rsvp -> rsvp.memberId()).containsExactly(linus.memberId());
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(2);
    }

    @Test
    void editingByAMemberWhoIsNotAnOrganizerIsRefused() {
        Event event = kit.postEvent.post(admin, Events.capped("code4libnyc", start, 10, 0)).event();
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.editEvent.edit(member, capacity(event.id(), 20)),
                "Only organizers of Code4LibNYC can edit its events.");
    }

    @Test
    void cancellingMarksTheEventCancelledAndHidesItFromUpcoming() {
        Event event = kit.postEvent.post(admin, Events.capped("code4libnyc", start, 10, 0)).event();

        kit.cancelEvent.cancel(admin, event.id(), "The library is closed");

        assertThat(kit.events.byId(event.id()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(kit.listEvents.list(admin, new ListEventsUseCase.Input(null, 1)).events()).isEmpty();
    }

    @Test
    void aRepeatingEventCreatesOccurrencesAtTheSameLocalTime() {
        PostEventUseCase.Result result = kit.postEvent.post(admin,
                Events.repeating("code4libnyc", start, Recurrence.BIWEEKLY));

        assertThat(result.occurrences()).hasSizeGreaterThan(5);
        LocalTime local = start.atZone(CoreKit.NEW_YORK).toLocalTime();
        assertThat(result.occurrences()).allSatisfy(occurrence ->
                assertThat(occurrence.startsAt().atZone(CoreKit.NEW_YORK).toLocalTime()).isEqualTo(local));
    }

    @Test
    void upcomingEventsComeSoonestFirstAPageAtATime() {
        for (int day = 12; day >= 1; day--) {
            kit.postEvent.post(admin, Events.capped("code4libnyc", CoreKit.START.plus(Duration.ofDays(day)), null, 0));
        }

        ListEventsUseCase.Page first = kit.listEvents.list(admin, new ListEventsUseCase.Input("code4libnyc", 1));
        ListEventsUseCase.Page second = kit.listEvents.list(admin, new ListEventsUseCase.Input("code4libnyc", 2));

        assertThat(first.events()).hasSize(10);
        assertThat(first.more()).isTrue();
        assertThat(second.events()).hasSize(2);
        assertThat(second.more()).isFalse();
        assertThat(first.events().getFirst().event().startsAt()).isEqualTo(CoreKit.START.plus(Duration.ofDays(1)));
    }

    @Test
    void thePrivateLinkShowsOnlyToConfirmedAttendeesFromADayBefore() {
        Event event = kit.postEvent.post(admin, Events.capped("code4libnyc", start, 1, 0)).event();
        Actor grace = kit.member("Grace");
        Actor linus = kit.member("Linus");
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));

        assertThat(kit.showEvent.show(grace, event.id()).privateLink()).isEmpty();
        kit.clock.set(start.minus(Duration.ofHours(23)));
        assertThat(kit.showEvent.show(grace, event.id()).privateLink()).contains("https://video.example.org/secret-room");
        assertThat(kit.showEvent.show(linus, event.id()).privateLink()).isEmpty();
    }

    @Test
    void anEditWithSeriesScopeMovesEveryLaterOccurrenceToTheSameLocalTime() {
        PostEventUseCase.Result series = kit.postEvent.post(admin,
                Events.repeating("code4libnyc", start, Recurrence.WEEKLY));
        Event second = series.occurrences().get(1);
        Instant oneHourLater = second.startsAt().plus(Duration.ofHours(1));

        EditEventUseCase.Result result = kit.editEvent.edit(admin, new EditEventUseCase.Input(second.id(),
                Change.keep(), Change.keep(), Change.to(oneHourLater), Change.keep(), Change.to("Room 5"),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), true));

        LocalTime moved = oneHourLater.atZone(CoreKit.NEW_YORK).toLocalTime();
        assertThat(result.later()).hasSize(series.occurrences().size() - 2);
        assertThat(kit.events.upcomingInSeries(second.seriesId(), second.startsAt())).allSatisfy(occurrence -> {
            assertThat(occurrence.startsAt().atZone(CoreKit.NEW_YORK).toLocalTime()).isEqualTo(moved);
            assertThat(occurrence.venue()).isEqualTo("Room 5");
        });
        assertThat(kit.events.byId(series.event().id()).orElseThrow().startsAt()).isEqualTo(start);
    }

    @Test
    void anEditWithSeriesScopeOfAOneOffEventIsRefused() {
        Event event = kit.postEvent.post(admin, Events.capped("code4libnyc", start, 10, 0)).event();

        kit.assertRefusedAndUnchanged(() -> kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(),
                        Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to("Room 5"), Change.keep(),
                        Change.keep(), Change.keep(), Change.keep(), Change.keep(), true)),
                "Event #" + event.id() + " is not part of a series; leave out scope=series.");
    }

    private static EditEventUseCase.Input capacity(long eventId, int capacity) {
        return new EditEventUseCase.Input(eventId, Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.to(capacity), Change.keep(), Change.keep());
    }
}
