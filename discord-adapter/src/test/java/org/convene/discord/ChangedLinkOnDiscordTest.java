package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.shown;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.core.command.Command;
import org.convene.core.command.EventOptions;
import org.convene.core.domain.Answer;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.reply.Reply;
import org.convene.discord.publish.DiscordClient;
import org.convene.discord.publish.DiscordPublisher;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.StandInUser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A private link changed by {@code /meetup edit} on Discord reaches the confirmed attendee's DMs and no channel. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChangedLinkOnDiscordTest {

    private static final String CHANNEL_MESSAGES = "/channels/{channelId}/messages";
    private static final String OLD_LINK = "https://video.example.org/old-room";
    private static final String NEW_LINK = "https://video.example.org/new-room";

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();

    @Test
    void aLinkChangedByEditInsideTheRevealWindowIsDirectMessagedToTheConfirmedAttendeeAndNotPostedInTheChannel() {
        InteractionOrigin admin = InteractionOrigin.inGuild(harness.library, StandInUser.named("ada"))
                .withRoles(harness.library.adminRoleId());
        StandInUser grace = StandInUser.named("grace");
        harness.createGroup(admin, "bookclub", "Book club");
        harness.kit.commands.run(harness.caller(admin, true), new Command.AnnounceHere("bookclub"));
        Reply posted = harness.kit.commands.run(harness.caller(admin, true), new Command.Post("bookclub",
                new EventOptions("Piranesi", "", "2026-12-03 18:00", null, "2h", "Library", null, OLD_LINK, null,
                        null, null, null)));
        long eventId = posted.cards().getFirst().eventId();
        harness.kit.commands.run(harness.caller(admin.by(grace), false), new Command.Rsvp(eventId, Answer.GOING, 0));
        OutboxWorker worker = harness.kit.worker("discord", new DiscordPublisher(
                () -> DiscordClient.of(harness.jda), new DiscordRenderer(), TIMEOUT));
        harness.kit.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
        harness.kit.planner.plan();
        worker.drain();
        int before = harness.discord.requests().size();

        SentInteraction edit = harness.discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("edit")
                .option("event", eventId).option("link", NEW_LINK), admin);
        assertThat(shown(harness.answer(edit))).doesNotContain("Only");
        harness.kit.planner.plan();
        worker.drain();

        List<RecordedRequest> posts = harness.discord.requests().subList(before, harness.discord.requests().size())
                .stream().filter(RecordedRequest.to("POST", CHANNEL_MESSAGES)).toList();
        long channelId = admin.channelId();
        List<String> inChannel = posts.stream().filter(post -> channel(post) == channelId)
                .map(post -> shown(post.bodyObject())).toList();
        List<String> direct = posts.stream().filter(post -> channel(post) != channelId)
                .map(post -> shown(post.bodyObject())).toList();
        assertThat(inChannel).singleElement().satisfies(notice -> assertThat(notice)
                .contains("the private link changed").doesNotContain(NEW_LINK).doesNotContain(OLD_LINK));
        assertThat(direct).filteredOn(message -> message.contains(NEW_LINK)).singleElement()
                .satisfies(link -> assertThat(link).startsWith("Your link for **Piranesi**"));
    }

    @Test
    void aTimeChangeNoticeShowsTheNewAndOldTimeAsDiscordTimestamps() {
        InteractionOrigin admin = InteractionOrigin.inGuild(harness.library, StandInUser.named("ada"))
                .withRoles(harness.library.adminRoleId());
        harness.createGroup(admin, "bookclub", "Book club");
        harness.kit.commands.run(harness.caller(admin, true), new Command.AnnounceHere("bookclub"));
        long eventId = harness.postEvent(admin, "bookclub", "Piranesi", null);
        OutboxWorker worker = harness.kit.worker("discord", new DiscordPublisher(
                () -> DiscordClient.of(harness.jda), new DiscordRenderer(), TIMEOUT));
        worker.drain();
        int before = harness.discord.requests().size();

        harness.kit.commands.run(harness.caller(admin, true), new Command.Edit(eventId, new EventOptions(null, null,
                "2026-12-03 19:30", null, null, null, null, null, null, null, null, null), false));
        worker.drain();

        assertThat(harness.discord.requests().subList(before, harness.discord.requests().size()).stream()
                .filter(RecordedRequest.to("POST", CHANNEL_MESSAGES)).map(post -> shown(post.bodyObject())))
                .singleElement().satisfies(notice -> assertThat(notice)
                        .contains("the time is now <t:1796344200:F> (was <t:1796338800:F>)").doesNotContain("EST"));
    }

    private static long channel(RecordedRequest post) {
        return Long.parseLong(post.pathVariables(CHANNEL_MESSAGES).get("channelId"));
    }
}
