package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.convene.core.domain.Answer;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;

import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Platform;

import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.RecordingPublisher;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.EditEventUseCase;

import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A private link changed after it was revealed reaches each confirmed attendee, on their own platform, once. */
class ChangedPrivateLinkTest {

    private static final String OLD_LINK = "https://video.example.org/secret-room";
    private static final String NEW_LINK = "https://video.example.org/new-room";

    private final CoreKit kit = new CoreKit();
    private final RecordingPublisher discord = new RecordingPublisher(Platform.DISCORD);
    private final RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    private final OutboxWorker worker = kit.worker("test", discord, slack, kit.console);
    private Actor admin;
    private Event event;

    @BeforeEach
    void setUp() {
        kit.clock.set(CoreKit.START.plus(Duration.ofDays(1)));
        admin = kit.on(Platform.DISCORD, "guild-1", "d-admin", true);
        LinkCode code = kit.issueLinkCode.issue(admin, LinkCode.Purpose.SPACE);
        kit.joinSpace.join(kit.on(Platform.SLACK, "T1", "s-admin", true), code.code());
        Actor slackAdmin = kit.on(Platform.SLACK, "T1", "s-admin", true);
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", ""));
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.DISCORD, "guild-1", "c-meetups"));
        kit.bindChannel.bind(slackAdmin, "bookclub", new ChannelRef(Platform.SLACK, "T1", "C-MEETUPS"));
        Instant start = kit.clock.instant().plus(Duration.ofDays(5));
        event = kit.postEvent.post(admin, Events.capped("bookclub", start, 2, 0)).event();
        kit.rsvp.rsvp(kit.on(Platform.DISCORD, "guild-1", "d-grace", false),
                new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(kit.on(Platform.SLACK, "T1", "s-linus", false), new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(kit.on(Platform.DISCORD, "guild-1", "d-waiting", false),
                new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.clock.set(start.minus(Duration.ofHours(20)));
        deliver();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private List<Delivery> deliver() {
        int discordBefore = discord.deliveries().size();
        int slackBefore = slack.deliveries().size();
        kit.planner.plan();
        worker.drain();
        return Stream.concat(discord.deliveries().subList(discordBefore, discord.deliveries().size()).stream(),
                slack.deliveries().subList(slackBefore, slack.deliveries().size()).stream()).toList();
    }

    private void changeLink(String link) {
        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.to(link), Change.keep(), Change.keep(),
                Change.keep()));
    }

    private static boolean shows(Delivery delivery, String link) {
        return delivery.message().plain().contains(link);
    }

    @Test
    void aLinkChangedInsideTheRevealWindowIsSentOnceToEachConfirmedAttendeeOnTheirPlatformAndNeverToAChannel() {
        changeLink(NEW_LINK);
        List<Delivery> sent = deliver();

        List<Delivery> withLink = sent.stream().filter(delivery -> shows(delivery, NEW_LINK)).toList();
        assertThat(withLink).extracting(Delivery::target).containsExactlyInAnyOrder(
                new Target.Direct(Platform.DISCORD, "guild-1", "d-grace"),
                new Target.Direct(Platform.SLACK, "T1", "s-linus"));
        assertThat(sent).filteredOn(delivery -> delivery.target() instanceof Target.Channel).hasSize(2)
                .allSatisfy(notice -> assertThat(notice.message().plain()).doesNotContain(NEW_LINK, OLD_LINK)
                        .contains("the private link changed"));
        assertThat(sent).filteredOn(delivery -> delivery.target() instanceof Target.Direct direct
                && direct.userId().equals("d-waiting")).singleElement()
                .satisfies(notice -> assertThat(notice.message().plain()).doesNotContain(NEW_LINK));
        assertThat(deliver()).isEmpty();
    }

    @Test
    void aChangeNoticeToAnAttendeeDoesNotRepeatTheLinkItsOwnMessageCarries() {
        changeLink(NEW_LINK);
        List<Delivery> sent = deliver();

        assertThat(sent).filteredOn(delivery -> delivery.target() instanceof Target.Direct direct
                && direct.userId().equals("d-grace")).hasSize(2)
                .filteredOn(delivery -> shows(delivery, NEW_LINK)).singleElement()
                .satisfies(link -> assertThat(link.message().text().plain()).startsWith("Your link for Book club"));
    }

    @Test
    void aSecondChangeOfTheLinkIsSentAgainAndTheFirstNotTwice() {
        changeLink(NEW_LINK);
        deliver();
        kit.clock.advance(Duration.ofMinutes(5));

        changeLink(OLD_LINK);
        List<Delivery> again = deliver();

        assertThat(again).filteredOn(delivery -> shows(delivery, OLD_LINK)).extracting(Delivery::target)
                .containsExactlyInAnyOrder(new Target.Direct(Platform.DISCORD, "guild-1", "d-grace"),
                        new Target.Direct(Platform.SLACK, "T1", "s-linus"));
        assertThat(again).noneMatch(delivery -> shows(delivery, NEW_LINK));
    }
}
