package org.convene.slack.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.slack.render.BlockKitRenderer;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The publisher against the Slack stand-in's Web API. */
class SlackPublisherTest {

    private static final Target CHANNEL = new Target.Channel(new ChannelRef(Platform.SLACK, "T0STANDIN", "C0NEWS"));

    private SlackStandIn slack;
    private SlackPublisher publisher;

    @BeforeEach
    void start() throws Exception {
        slack = SlackStandIn.start();
        publisher = new SlackPublisher(Slack.getInstance(slack.slackConfig()).methods(slack.workspace().botToken()),
                new BlockKitRenderer());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void channelTargetIsPostedToTheChannelAndTheReferenceNamesChannelAndTs() {
        Delivery.Result result = publisher.publish(delivery(CHANNEL, null));

        RecordedCall post = slack.awaitApiCall("chat.postMessage");
        assertThat(post.param("channel")).isEqualTo("C0NEWS");
        assertThat(post.param("blocks")).contains("New event");
        assertThat(result).isInstanceOfSatisfying(Delivery.Sent.class,
                sent -> assertThat(sent.messageRef()).matches("C0NEWS:\\d+\\.\\d+"));
    }

    @Test
    void directTargetIsPostedWithTheUserIdAsChannel() {
        publisher.publish(delivery(new Target.Direct(Platform.SLACK, "T0STANDIN", "U0GRACE"), null));

        assertThat(slack.awaitApiCall("chat.postMessage").param("channel")).isEqualTo("U0GRACE");
    }

    @Test
    void aDirectMessageShowsTheFieldsMeantForItsReaderSuchAsThePrivateLink() {
        String link = "https://video.example.org/new-room";
        Card card = new Card("#42 Book club", Text.of(""), List.of(new Field("Video link",
                Text.builder().link(link, link).build(), true)), List.of(), 42);

        publisher.publish(new Delivery("link-42-grace", new Target.Direct(Platform.SLACK, "T0STANDIN", "U0GRACE"),
                Reply.of(Text.of("Your link")).withCard(card), null));

        assertThat(slack.awaitApiCall("chat.postMessage").param("blocks")).contains("Video link", link);
    }

    @Test
    void replacingDeliveryUpdatesTheEarlierMessage() {
        Delivery.Result result = publisher.publish(delivery(CHANNEL, "C0NEWS:1767225600.000007"));

        RecordedCall update = slack.awaitApiCall("chat.update");
        assertThat(update.param("channel")).isEqualTo("C0NEWS");
        assertThat(update.param("ts")).isEqualTo("1767225600.000007");
        assertThat(result).isEqualTo(new Delivery.Sent("C0NEWS:1767225600.000007"));
    }

    @Test
    void rateLimitIsRetriedAfterTheRetryAfterSeconds() {
        slack.rateLimitNext("chat.postMessage");

        Delivery.Result result = publisher.publish(delivery(CHANNEL, null));

        assertThat(result).isInstanceOfSatisfying(Delivery.Retry.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void channelNotFoundIsRejected() {
        slack.failNext("chat.postMessage", "channel_not_found");

        assertThat(publisher.publish(delivery(CHANNEL, null))).isEqualTo(new Delivery.Rejected("channel_not_found"));
    }

    @Test
    void unknownErrorIsRetriedRatherThanDropped() {
        slack.failNext("chat.postMessage", "internal_error");

        assertThat(publisher.publish(delivery(CHANNEL, null))).isInstanceOf(Delivery.Retry.class);
    }

    @Test
    void unreachableSlackIsRetried() {
        slack.close();

        assertThat(publisher.publish(delivery(CHANNEL, null))).isInstanceOf(Delivery.Retry.class);
    }

    @Test
    void calendarTargetIsRejectedWithoutCallingSlack() {
        Target calendar = new Target.Calendar(Platform.SLACK, "T0STANDIN", new Target.MirroredEvent(1, "Book club",
                "", Instant.parse("2026-12-03T23:00:00Z"), Instant.parse("2026-12-04T01:00:00Z"), null, false));

        assertThat(publisher.publish(delivery(calendar, null))).isInstanceOf(Delivery.Rejected.class);
        assertThat(slack.calls()).noneMatch(call -> call.isApiCall("chat.postMessage"));
    }

    private static Delivery delivery(Target target, String replaces) {
        return new Delivery("event-1-announce", target, Reply.text("New event: Book club").publicly(), replaces);
    }
}
