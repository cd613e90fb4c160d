package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.discord.publish.DiscordClient;
import org.convene.discord.publish.DiscordPublisher;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.RestAnswer;
import org.convene.discord.standin.StandInChannel;
import org.convene.discord.standin.StandInGuild;
import org.convene.discord.standin.StandInJda;
import org.convene.discord.standin.StandInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordPublisherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CHANNEL_MESSAGES = "/channels/{channelId}/messages";
    private static final String SCHEDULED_EVENTS = "/guilds/{guildId}/scheduled-events";

    private final StandInChannel meetups = StandInChannel.named("meetups");
    private final StandInGuild library = StandInGuild.named("Library Friends", meetups);
    private final DiscordStandIn discord = DiscordStandIn.start(library);
    private final JDA jda = StandInJda.start(discord);
    private final DiscordPublisher publisher =
            new DiscordPublisher(() -> DiscordClient.of(jda), new DiscordRenderer(), TIMEOUT);

    @AfterEach
    void stop() throws InterruptedException {
        jda.shutdownNow();
        jda.awaitShutdown(TIMEOUT);
        discord.close();
    }

    private Target.Channel meetupsChannel() {
        return new Target.Channel(new ChannelRef(Platform.DISCORD, Long.toUnsignedString(library.id()),
                Long.toUnsignedString(meetups.id())));
    }

    private static Reply announcement(String title) {
        Card card = new Card("#42 " + title, Text.of("Bring @here your *ideas*"),
                List.of(new Field("When", Text.builder().time(Instant.parse("2026-12-03T23:00:00Z")).build())),
                List.of(new Button("Going", "rsvp 42 going", Button.Style.PRIMARY)), 42);
        return Reply.of(Text.of("New event in Code4Lib NYC")).withCard(card).publicly();
    }

    @Test
    void anAnnouncementIsAChannelMessageWithAStableNonceAndNoPings() {
        Delivery delivery = new Delivery("event-42-announce", meetupsChannel(), announcement("Talks @everyone"), null);

        Delivery.Result result = publisher.publish(delivery);

        assertThat(result).isInstanceOf(Delivery.Sent.class);
        RecordedRequest request = discord.awaitRequest(RecordedRequest.to("POST", CHANNEL_MESSAGES), TIMEOUT);
        DataObject body = request.bodyObject();
        assertThat(body.getString("nonce")).isEqualTo(DiscordPublisher.nonce("event-42-announce"))
                .isEqualTo(DiscordPublisher.nonce("event-42-announce"));
        assertThat(body.getBoolean("enforce_nonce")).isTrue();
        assertThat(body.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        String shown = DiscordHarness.shown(body);
        assertThat(shown).contains("Talks @\u200Beveryone").doesNotContain("@everyone").doesNotContain("@here")
                .contains("<t:1796338800:F>").contains("\\*ideas\\*");
        String messageId = ((Delivery.Sent) result).messageRef();
        assertThat(discord.message(Long.parseLong(messageId))).isPresent();
    }

    @Test
    void aDeliveryThatReplacesAMessageEditsIt() {
        Delivery.Sent first = (Delivery.Sent) publisher.publish(
                new Delivery("announce", meetupsChannel(), announcement("Talks"), null));

        Delivery.Result edited = publisher.publish(
                new Delivery("announce-edit", meetupsChannel(), announcement("Talks, moved"), first.messageRef()));

        assertThat(edited).isEqualTo(new Delivery.Sent(first.messageRef()));
        assertThat(DiscordHarness.shown(discord.message(Long.parseLong(first.messageRef())).orElseThrow()))
                .contains("Talks, moved");
    }

    @Test
    void aDirectMessageToAMemberWithClosedDmsIsRejected() {
        discord.answerNext("POST", CHANNEL_MESSAGES, RestAnswer.error(403, 50007, "Cannot send messages to this user"));
        StandInUser ada = StandInUser.named("ada");
        Target.Direct target = new Target.Direct(Platform.DISCORD, Long.toUnsignedString(library.id()),
                Long.toUnsignedString(ada.id()));

        Delivery.Result result = publisher.publish(new Delivery("promoted-ada", target, Reply.text("A seat!"), null));

        assertThat(result).isEqualTo(new Delivery.Rejected("the member's DMs are closed"));
        assertThat(discord.awaitRequest(RecordedRequest.to("POST", "/users/@me/channels"), TIMEOUT)
                .bodyObject().getUnsignedLong("recipient_id")).isEqualTo(ada.id());
    }

    @Test
    void aDirectMessageShowsTheFieldsMeantForItsReaderWhichAChannelMessageLeavesOut() {
        String link = "https://video.example.org/room";
        Card card = new Card("#42 Book club", Text.of(""), List.of(new Field("Where", Text.of("Room 4")),
                new Field("Video link", Text.builder().link(link, link).build(), true)), List.of(), 42);
        Reply reply = Reply.of(Text.of("Book club has changed.")).withCard(card);
        Target.Direct grace = new Target.Direct(Platform.DISCORD, Long.toUnsignedString(library.id()),
                Long.toUnsignedString(StandInUser.named("grace").id()));

        publisher.publish(new Delivery("changed-42-grace", grace, reply, null));
        publisher.publish(new Delivery("change-42-channel", meetupsChannel(), reply, null));

        List<RecordedRequest> posts = discord.awaitRequests(RecordedRequest.to("POST", CHANNEL_MESSAGES), 2, TIMEOUT);
        assertThat(DiscordHarness.shown(posts.get(0).bodyObject())).contains("Video link", "video.example.org/room");
        assertThat(DiscordHarness.shown(posts.get(1).bodyObject())).contains("Room 4").doesNotContain("Video link")
                .doesNotContain("video.example.org");
    }

    @Test
    void aRateLimitedPostIsDeliveredOnceAfterRetryAfter() {
        discord.rateLimitNext("POST", CHANNEL_MESSAGES);

        Delivery.Result result = publisher.publish(new Delivery("reminder-7", meetupsChannel(), announcement("Talks"),
                null));

        assertThat(result).isInstanceOf(Delivery.Sent.class);
        List<RecordedRequest> attempts = discord.requests().stream()
                .filter(RecordedRequest.to("POST", CHANNEL_MESSAGES)).toList();
        assertThat(attempts).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(attempts.get(1).elapsedSince(attempts.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aChannelWithoutPermissionIsRejected() {
        discord.answerNext("POST", CHANNEL_MESSAGES, RestAnswer.error(403, 50013, "Missing Permissions"));

        Delivery.Result result = publisher.publish(new Delivery("x", meetupsChannel(), announcement("Talks"), null));

        assertThat(result).isInstanceOf(Delivery.Rejected.class);
    }

    @Test
    void aChannelTheBotDoesNotSeeIsRejectedOnAnInstanceRunningOneShardOfTwo() throws InterruptedException {
        JDA shardZero = StandInJda.start(discord, builder -> builder.useSharding(0, 2));
        try {
            DiscordPublisher sharded = new DiscordPublisher(() -> DiscordClient.of(shardZero), new DiscordRenderer(),
                    TIMEOUT);
            Target.Channel gone = new Target.Channel(new ChannelRef(Platform.DISCORD,
                    Long.toUnsignedString(library.id()), "12345"));

            Delivery.Result result = sharded.publish(new Delivery("x", gone, announcement("Talks"), null));

            assertThat(result).isEqualTo(new Delivery.Rejected("the channel is unknown to the bot"));
        } finally {
            shardZero.shutdownNow();
            shardZero.awaitShutdown(TIMEOUT);
        }
    }

    @Test
    void aChannelTheBotDoesNotSeeIsRejectedWhenItRunsEveryShard() {
        Target.Channel gone = new Target.Channel(new ChannelRef(Platform.DISCORD, Long.toUnsignedString(library.id()),
                "12345"));

        Delivery.Result result = publisher.publish(new Delivery("x", gone, announcement("Talks"), null));

        assertThat(result).isEqualTo(new Delivery.Rejected("the channel is unknown to the bot"));
    }

    @Test
    void aCalendarEntryIsCreatedAsAScheduledEventAndThenCancelled() {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Target.MirroredEvent event = new Target.MirroredEvent(42, "Book club", "We read Piranesi", start,
                start.plus(2, ChronoUnit.HOURS), "Library, room 2", false);
        String guild = Long.toUnsignedString(library.id());

        Delivery.Result created = publisher.publish(new Delivery("calendar-42",
                new Target.Calendar(Platform.DISCORD, guild, event), Reply.text("Book club"), null));

        assertThat(created).isInstanceOf(Delivery.Sent.class);
        DataObject sent = discord.awaitRequest(RecordedRequest.to("POST", SCHEDULED_EVENTS), TIMEOUT).bodyObject();
        assertThat(sent.getString("name")).isEqualTo("Book club");
        assertThat(sent.getInt("entity_type")).isEqualTo(3);
        assertThat(sent.getObject("entity_metadata").getString("location")).isEqualTo("Library, room 2");
        String id = ((Delivery.Sent) created).messageRef();

        Target.MirroredEvent cancelled = new Target.MirroredEvent(42, "Book club", "We read Piranesi", start,
                start.plus(2, ChronoUnit.HOURS), "Library, room 2", true);
        Delivery.Result cancel = publisher.publish(new Delivery("calendar-42-cancel",
                new Target.Calendar(Platform.DISCORD, guild, cancelled), Reply.text("Book club"), id));

        assertThat(cancel).isEqualTo(new Delivery.Sent(id));
        RecordedRequest patch = discord.awaitRequest(RecordedRequest.to("PATCH", SCHEDULED_EVENTS + "/{eventId}"),
                TIMEOUT);
        assertThat(patch.bodyObject().getInt("status")).isEqualTo(4);
    }

    @Test
    void aCalendarEntryTheBotMayNotCreateIsRejected() {
        discord.answerNext("POST", SCHEDULED_EVENTS, RestAnswer.error(403, 50013, "Missing Permissions"));
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS);
        Target.MirroredEvent event = new Target.MirroredEvent(42, "Book club", "", start, start.plusSeconds(3600),
                null, false);

        Delivery.Result result = publisher.publish(new Delivery("calendar-42", new Target.Calendar(Platform.DISCORD,
                Long.toUnsignedString(library.id()), event), Reply.text("Book club"), null));

        assertThat(result).isInstanceOf(Delivery.Rejected.class);
    }
}
