package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.proposal.ProposeGroupUseCase;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.RecordingPublisher;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A member chooses where direct messages go when both accounts are linked, and mutes a group's reminders. */
class MemberPreferencesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final CommandParser parser = CommandParser.plain();

    private Reply run(Caller caller, String text) {
        return kit.commands.runText(caller, text, parser);
    }

    @Test
    void muteStopsMemberRemindersForThatGroupOnlyWhileThePrivateLinkStillComes() {
        Actor admin = kit.bookClubAnnouncingIn(GENERAL);
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("hacknight", "Hack night", ""));
        Actor grace = kit.member("Grace");
        Instant start = kit.clock.instant().plus(Duration.ofDays(5));
        Event books = kit.postEvent.post(admin, Events.capped("bookclub", start, null, 0)).event();
        Event hack = kit.postEvent.post(admin, Events.capped("hacknight", start, null, 0)).event();
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(books.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(hack.id(), Answer.GOING, 0));

        Reply muted = run(kit.caller("Grace", false), "profile mute=bookclub");

        assertThat(muted.plain()).contains("Member reminders muted for: bookclub.",
                "You still get the private link, changes and cancellations of events you are going to");
        kit.clock.set(start.minus(Duration.ofMinutes(30)));
        kit.planner.plan();
        kit.worker("test").drain();
        List<Delivery> toGrace = kit.console.deliveries().stream().filter(delivery ->
                delivery.target() instanceof Target.Direct direct && direct.userId().equals("grace")).toList();
        assertThat(toGrace).filteredOn(delivery -> delivery.message().plain().startsWith("Starting soon"))
                .extracting(delivery -> delivery.message().cards().getFirst().eventId()).containsExactly(hack.id());
        assertThat(toGrace).filteredOn(delivery -> delivery.message().plain().startsWith("Your link for"))
                .hasSize(2);
        assertThat(run(kit.caller("Grace", false), "profile unmute=bookclub").plain())
                .doesNotContain("muted for");
    }

    @Test
    void aMemberWithBothAccountsLinkedGetsDirectMessagesOnThePlatformTheyChose() {
        Actor onDiscord = kit.on(Platform.DISCORD, "guild-1", "d-grace", false);
        kit.communities.bindSpace(new SpaceRef(Platform.SLACK, "T1"), onDiscord.communityId(), "Library Slack");
        kit.members.addIdentity(onDiscord.communityId(), new Identity(Platform.SLACK, "U-GRACE"),
                onDiscord.memberId());
        Caller grace = new Caller(new SpaceRef(Platform.DISCORD, "guild-1"), "guild-1",
                new Identity(Platform.DISCORD, "d-grace"), "d-grace", false, null);
        Actor admin = kit.on(Platform.DISCORD, "guild-1", "d-ada", true);
        RecordingPublisher discord = new RecordingPublisher(Platform.DISCORD);
        RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);

        Reply chosen = run(grace, "profile dm=slack");

        assertThat(chosen.plain()).contains("Your direct messages go to Slack.");
        long first = kit.proposeGroup.propose(onDiscord, zines("zines")).id();
        kit.reviewProposals.decline(admin, first, "Not this year");
        kit.worker("test", discord, slack).drain();
        assertThat(slack.deliveries()).singleElement().satisfies(delivery ->
                assertThat(delivery.target()).isEqualTo(new Target.Direct(Platform.SLACK, "T1", "U-GRACE")));
        assertThat(discord.deliveries()).isEmpty();

        run(grace, "profile dm=auto");
        long second = kit.proposeGroup.propose(onDiscord, zines("zine-club")).id();
        kit.reviewProposals.decline(admin, second, "Still not this year");
        kit.worker("test", discord, slack).drain();
        assertThat(discord.deliveries()).singleElement().satisfies(delivery ->
                assertThat(delivery.target()).isEqualTo(new Target.Direct(Platform.DISCORD, "guild-1", "d-grace")));
    }

    @Test
    void choosingWhereDirectMessagesGoIsRefusedWithoutBothAccountsLinked() {
        Reply refused = run(kit.caller("Grace", false), "profile dm=slack");

        assertThat(refused.failed()).isTrue();
        assertThat(refused.plain()).isEqualTo("Choosing where your direct messages go needs a Discord and a Slack "
                + "account linked as one member; type /meetup link on one of them first.");
        assertThat(run(kit.caller("Grace", false), "profile").plain()).doesNotContain("direct messages");
    }

    private static ProposeGroupUseCase.Input zines(String slug) {
        return new ProposeGroupUseCase.Input(new CreateGroupUseCase.Input(slug, "Zines", ""), "", List.of());
    }
}
