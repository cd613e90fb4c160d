package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.reply.PlainTextRenderer;
import org.convene.core.reply.Span;
import org.convene.core.reply.Text;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Each kind of message goes out at the right moment, to the right people, and the private link stays private. */
class OutboxMessagesTest {

    private static final String LINK = "https://video.example.org/secret-room";

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final OutboxWorker worker = kit.worker("test");
    private final Actor admin = kit.bookClubAnnouncingIn(GENERAL);
    private final Actor grace = kit.member("Grace");
    private final Actor linus = kit.member("Linus");
    private final Actor barbara = kit.member("Barbara");
    private final Instant start = kit.clock.instant().plus(Duration.ofDays(5));

    private Event bookClub() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 1, 0)).event();
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(barbara, new RsvpUseCase.Input(event.id(), Answer.MAYBE, 0));
        return event;
    }

    private List<Delivery> deliver() {
        int before = kit.console.deliveries().size();
        kit.planner.plan();
        worker.drain();
        List<Delivery> all = kit.console.deliveries();
        return all.subList(before, all.size());
    }

    private static List<String> directTo(List<Delivery> deliveries) {
        return deliveries.stream().filter(delivery -> delivery.target() instanceof Target.Direct)
                .map(delivery -> ((Target.Direct) delivery.target()).userId()).sorted().toList();
    }

    private static List<Delivery> inChannels(List<Delivery> deliveries) {
        return deliveries.stream().filter(delivery -> delivery.target() instanceof Target.Channel).toList();
    }

    @Test
    void aNewEventIsAnnouncedInTheGroupsChannelWithRsvpButtonsAndNoPrivateLink() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();

        List<Delivery> sent = deliver();

        assertThat(inChannels(sent)).singleElement().satisfies(announcement -> {
            assertThat(announcement.target()).isEqualTo(new Target.Channel(GENERAL));
            assertThat(announcement.message().plain()).contains("New event in Book Club", "[Going]")
                    .doesNotContain(LINK);
            assertThat(announcement.message().cards().getFirst().eventId()).isEqualTo(event.id());
        });
        assertThat(deliver()).isEmpty();
    }

    @Test
    void aTimeChangeTellsConfirmedAndWaitlistedMembersAndTheChannel() {
        Event event = bookClub();
        deliver();

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(),
                Change.to(start.plus(Duration.ofHours(1))), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep()));
        List<Delivery> sent = deliver();

        assertThat(directTo(sent)).containsExactly("grace", "linus");
        assertThat(inChannels(sent)).singleElement().satisfies(notice -> assertThat(notice.message().plain())
                .contains("has changed: the time is now"));
    }

    @Test
    void aTimeChangeNoticeCarriesTheNewAndOldStartAsInstantsNotAsTextInOneZone() {
        Event event = bookClub();
        deliver();
        Instant later = start.plus(Duration.ofHours(1));

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(),
                Change.to(later), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep()));
        List<Delivery> sent = deliver();

        assertThat(sent).hasSize(3).allSatisfy(notice -> {
            Text text = notice.message().text();
            assertThat(text.spans()).containsSubsequence(new Span.Plain("the time is now "),
                    new Span.Time(later, true), new Span.Plain(" (was "), new Span.Time(start, true));
            assertThat(text.plain()).doesNotContain("EST");
            assertThat(new PlainTextRenderer(CoreKit.NEW_YORK).render(text))
                    .contains("the time is now Sun Nov 8, 11:00 AM EST (was Sun Nov 8, 10:00 AM EST)");
        });
    }

    @Test
    void aPlaceChangeNoticeShowsThePlacesAsTyped() {
        Event event = bookClub();
        deliver();

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.to("Room 5, *upstairs* & left"), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep()));

        assertThat(inChannels(deliver())).singleElement().satisfies(notice -> assertThat(notice.message().plain())
                .contains("has changed: the place is now Room 5, *upstairs* & left (was Room 4)."));
    }

    @Test
    void aCancellationTellsEveryoneHoldingOrAwaitingASeat() {
        Event event = bookClub();
        deliver();

        kit.cancelEvent.cancel(admin, event.id(), "The library is closed");
        List<Delivery> sent = deliver();

        assertThat(directTo(sent)).containsExactly("grace", "linus");
        assertThat(sent).allSatisfy(delivery -> assertThat(delivery.message().plain())
                .contains("is cancelled: The library is closed"));
    }

    @Test
    void aPromotionOffTheWaitlistIsToldToThePromotedMember() {
        Event event = bookClub();
        deliver();

        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.NOT_GOING, 0));
        List<Delivery> sent = deliver();

        assertThat(directTo(sent)).containsExactly("linus");
        assertThat(sent.getFirst().message().plain()).contains("A seat freed up: you're now going to Book club");
    }

    @Test
    void thePrivateLinkGoesOnlyToConfirmedAttendeesFromADayBefore() {
        bookClub();
        deliver();

        kit.clock.set(start.minus(Duration.ofHours(25)));
        assertThat(directTo(deliver())).isEmpty();

        kit.clock.set(start.minus(Duration.ofHours(23)));
        List<Delivery> sent = deliver();

        List<Delivery> links = sent.stream().filter(delivery -> delivery.message().plain().contains(LINK)).toList();
        assertThat(directTo(links)).containsExactly("grace");
        assertThat(inChannels(sent)).allSatisfy(delivery -> assertThat(delivery.message().plain()).doesNotContain(LINK));
        assertThat(deliver()).isEmpty();
    }

    @Test
    void remindersGoToTheChannelADayBeforeAndToAttendeesAnHourBefore() {
        bookClub();
        deliver();

        kit.clock.set(start.minus(Duration.ofHours(23)));
        List<Delivery> dayBefore = deliver();
        kit.clock.set(start.minus(Duration.ofMinutes(59)));
        List<Delivery> hourBefore = deliver();

        assertThat(inChannels(dayBefore)).singleElement().satisfies(reminder -> assertThat(reminder.message().plain())
                .startsWith("Coming up: Book club").doesNotContain(LINK));
        assertThat(directTo(hourBefore)).containsExactly("grace");
        assertThat(hourBefore.getFirst().message().plain()).startsWith("Starting soon: Book club").contains(LINK);
    }

    @Test
    void aCommunitysOwnLeadTimesMoveTheRemindersAndTheLink() {
        kit.communities.setLeads(admin.communityId(), new org.convene.core.domain.ReminderLeads(
                Duration.ofHours(2), Duration.ofHours(48), Duration.ofHours(3)));
        bookClub();
        deliver();

        kit.clock.set(start.minus(Duration.ofHours(47)));
        assertThat(inChannels(deliver())).singleElement().satisfies(reminder -> assertThat(reminder.message().plain())
                .startsWith("Coming up: Book club"));
        kit.clock.set(start.minus(Duration.ofMinutes(170)));
        List<Delivery> threeHoursBefore = deliver();
        assertThat(directTo(threeHoursBefore)).containsExactly("grace");
        assertThat(threeHoursBefore.getFirst().message().plain()).doesNotContain(LINK);
        kit.clock.set(start.minus(Duration.ofMinutes(110)));
        assertThat(deliver()).singleElement().satisfies(link -> assertThat(link.message().plain()).contains(LINK));
    }

    @Test
    void aWeeklyDigestGoesOutOnMondayMorningInTheCommunityZone() {
        kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0));
        deliver();
        ZonedDateTime monday = ZonedDateTime.parse("2026-11-09T09:00-05:00[America/New_York]");
        kit.postEvent.post(admin, Events.capped("bookclub", monday.plusDays(2).toInstant(), 25, 0));
        deliver();

        kit.clock.set(monday.minusMinutes(1).toInstant());
        assertThat(deliver()).noneMatch(delivery -> delivery.message().plain().startsWith("This week"));
        kit.clock.set(monday.plusMinutes(1).toInstant());

        assertThat(deliver()).filteredOn(delivery -> delivery.message().plain().startsWith("This week in Book Club"))
                .hasSize(1);
    }

    @Test
    void aRejectedDirectMessageIsRecordedAndToldToTheOrganizers() {
        kit.member("Olive");
        kit.organizers.add(admin, "bookclub", new org.convene.core.usecase.MemberRef.ByName("Olive"));
        Event event = bookClub();
        deliver();
        kit.console.answer(delivery -> delivery.target() instanceof Target.Direct direct
                && direct.userId().equals("linus") ? new Delivery.Rejected("the member's DMs are closed")
                : new Delivery.Sent("ok"));

        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.NOT_GOING, 0));
        List<Delivery> sent = deliver();

        assertThat(directTo(sent)).containsExactly("linus", "olive");
        assertThat(sent).anySatisfy(delivery -> assertThat(delivery.message().plain())
                .isEqualTo("I could not deliver a message (promoted about #" + event.id()
                        + " Book club) to Linus: the member's DMs are closed."));
        assertThat(kit.jdbc.one("select count(*) from outbox where status = 'FAILED'", row -> row.getInt(1)))
                .contains(1);
    }

    @Test
    void aRateLimitedMessageIsRetriedAfterRetryAfter() {
        kit.console.answer(delivery -> new Delivery.Retry(Duration.ofSeconds(30), "429"));
        kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0));
        assertThat(deliver()).hasSize(1);
        kit.console.answer(delivery -> new Delivery.Sent("ok"));

        kit.clock.advance(Duration.ofSeconds(29));
        assertThat(deliver()).isEmpty();
        kit.clock.advance(Duration.ofSeconds(2));
        assertThat(deliver()).hasSize(1);
        assertThat(deliver()).isEmpty();
    }

    @Test
    void aBiweeklySeriesIsExtendedAsItsHorizonMoves() {
        List<Event> first = kit.postEvent.post(admin, Events.repeating("bookclub", start,
                org.convene.core.domain.Recurrence.BIWEEKLY)).occurrences();
        deliver();

        kit.clock.advance(Duration.ofDays(30));
        deliver();

        List<Event> all = kit.events.upcomingInSeries(first.getFirst().seriesId(), start);
        assertThat(all.size()).isGreaterThan(first.size());
        assertThat(all).allSatisfy(event -> assertThat(event.startsAt().atZone(CoreKit.NEW_YORK).toLocalTime())
                .isEqualTo(start.atZone(CoreKit.NEW_YORK).toLocalTime()));
    }
}
