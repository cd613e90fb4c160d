package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.outbox.Target;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A series carries its own changes to occurrences laid out later, survives a cancelled occurrence, and can end. */
class RecurringSeriesTest {

    /** A Tuesday, 6 pm in New York. */
    private static final ZonedDateTime FIRST = ZonedDateTime.parse("2026-11-10T18:00-05:00[America/New_York]");
    /** The day clocks in New York spring forward. */
    private static final Instant SPRING_FORWARD = Instant.parse("2027-03-14T12:00:00Z");

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final OutboxWorker worker = kit.worker("test");
    private final Actor admin = kit.bookClubAnnouncingIn(GENERAL);

    private List<Event> weekly() {
        return kit.postEvent.post(admin, Events.repeating("bookclub", FIRST.toInstant(), Recurrence.WEEKLY))
                .occurrences();
    }

    private List<Event> series(Event any) {
        return kit.events.upcomingInSeries(any.seriesId(), FIRST.toInstant());
    }

    private List<Delivery> deliver() {
        int before = kit.console.deliveries().size();
        kit.planner.plan();
        worker.drain();
        List<Delivery> all = kit.console.deliveries();
        return all.subList(before, all.size());
    }

    @Test
    void aSeriesEditOfTimeAndWeekdayReachesOccurrencesLaidOutLaterAcrossDaylightSaving() {
        List<Event> posted = weekly();
        ZonedDateTime wednesday = FIRST.plusWeeks(1).plusDays(1).withHour(19);
        kit.editEvent.edit(admin, new EditEventUseCase.Input(posted.get(1).id(), Change.to("Community chat night"),
                Change.keep(), Change.to(wednesday.toInstant()), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), true));

        kit.clock.advance(Duration.ofDays(120));
        deliver();

        List<Event> later = series(posted.get(1));
        assertThat(later.size()).isGreaterThan(posted.size());
        assertThat(later).anyMatch(event -> event.startsAt().isAfter(SPRING_FORWARD));
        assertThat(later.subList(1, later.size())).allSatisfy(event -> {
            ZonedDateTime local = event.startsAt().atZone(CoreKit.NEW_YORK);
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(19, 0));
            assertThat(event.title()).isEqualTo("Community chat night");
        });
    }

    @Test
    void cancellingOneOccurrenceLeavesAGapAndTheSeriesGoesOn() {
        List<Event> posted = weekly();
        Event holiday = posted.getLast();
        kit.cancelEvent.cancel(admin, holiday.id(), "The library is closed for the holiday");

        kit.clock.advance(Duration.ofDays(30));
        deliver();

        assertThat(series(holiday)).filteredOn(event -> event.startsAt().isAfter(holiday.startsAt()))
                .isNotEmpty().allSatisfy(event -> assertThat(event.cancelled()).isFalse());
    }

    @Test
    void endingASeriesCancelsEveryLaterOccurrenceTellsEachAttendeeOnceAndLaysOutNoMore() {
        List<Event> posted = weekly();
        Actor grace = kit.member("Grace");
        Actor linus = kit.member("Linus");
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(posted.get(0).id(), Answer.GOING, 0));
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(posted.get(2).id(), Answer.GOING, 0));
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(posted.get(3).id(), Answer.GOING, 0));
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(posted.get(4).id(), Answer.GOING, 0));
        deliver();

        String reply = kit.commands.runText(kit.caller("Ada Admin", true), "/meetup cancel " + posted.get(2).id()
                + " scope=series We are taking a break", CommandParser.plain()).plain();
        List<Delivery> sent = deliver();

        assertThat(reply).startsWith("Ended the series of #" + posted.get(2).id());
        assertThat(series(posted.getFirst())).allSatisfy(event -> assertThat(event.cancelled())
                .isEqualTo(event.startsAt().isAfter(posted.get(1).startsAt())));
        assertThat(sent).filteredOn(delivery -> delivery.target() instanceof Target.Direct)
                .extracting(delivery -> ((Target.Direct) delivery.target()).userId())
                .containsExactlyInAnyOrder("grace", "linus");
        assertThat(sent).filteredOn(delivery -> delivery.target() instanceof Target.Channel).singleElement()
                .satisfies(notice -> assertThat(notice.message().plain())
                        .contains("is cancelled: We are taking a break (the series has ended)"));
        int count = series(posted.getFirst()).size();
        kit.clock.advance(Duration.ofDays(60));
        deliver();
        assertThat(series(posted.getFirst())).hasSize(count);
    }

    @Test
    void onlyAnOccurrenceOfASeriesCanEndOne() {
        Event single = kit.postEvent.post(admin, Events.capped("bookclub", FIRST.toInstant(), null, 0)).event();

        kit.assertRefusedAndUnchanged(() -> kit.cancelEvent.cancelSeries(admin, single.id(), null),
                "Event #" + single.id() + " is not part of a series; leave out scope=series.");
    }
}
