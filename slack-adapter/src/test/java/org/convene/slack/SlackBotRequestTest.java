package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.LoopbackHttp;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackAppHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The SlackBot in HTTP mode: signatures, retries, App Home. */
class SlackBotRequestTest {

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();

    @Test
    void answersASignedSlashCommandOnItsEventsUrl() {
        HttpReply reply = fixture.post(fixture.slashCommand("U0MEMBER", "help", "help"));

        assertThat(fixture.eventsUrl().toString()).isEqualTo("http://127.0.0.1:" + fixture.bot.port() + "/slack/events");
        assertThat(reply.status()).isEqualTo(200);
        RecordedCall answer = fixture.slack.awaitResponseUrlPost("help", TIMEOUT);
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(shown(answer)).contains("/meetup");
    }

    @Test
    void wrongSignatureIsRefusedAndChangesNothing() {
        String before = fixture.kit.database.snapshot();
        SignedRequest forged = fixture.slashCommand(ADMIN, "group create forged Forged", "forged");
        String otherSignature = new SignedRequests("not-the-secret", fixture.slack.workspace().teamId(),
                fixture.slack.workspace().botUserId(), Clock.systemUTC()).signature(forged.timestamp(), forged.body());

        HttpReply reply = fixture.post(forged.withSignature(otherSignature));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(fixture.kit.database.snapshot()).isEqualTo(before);
        assertThat(fixture.slack.calls()).noneMatch(call -> call.isResponseUrlPost("forged"));
    }

    @Test
    void timestampOlderThanFiveMinutesIsRefusedAndChangesNothing() {
        String before = fixture.kit.database.snapshot();
        SignedRequests stale = fixture.slack.signedRequests(SlackAppHarness.SIGNING_SECRET,
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6)));

        HttpReply reply = fixture.post(stale.slashCommand(new Origin(ADMIN, SlackBotFixture.CHANNEL), "/meetup",
                "group create stale Stale", fixture.slack.responseUrl("stale")));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(fixture.kit.database.snapshot()).isEqualTo(before);
    }

    @Test
    void sameSlashCommandDeliveredTwiceActsOnce() {
        fixture.groupWithEvent("");
        SignedRequest join = fixture.slashCommand("U0MEMBER", "join " + GROUP, "twice");

        assertThat(fixture.post(join).status()).isEqualTo(200);
        assertThat(fixture.post(join).status()).isEqualTo(200);

        assertThat(shown(fixture.slack.awaitResponseUrlPost("twice", TIMEOUT))).contains("You joined");
        assertThat(shown(fixture.command("U0MEMBER", "groups"))).contains("Code4Lib NYC");
        assertThat(fixture.slack.calls()).filteredOn(call -> call.isResponseUrlPost("twice")).hasSize(1);
    }

    @Test
    void deliveryMarkedAsSlacksRetryIsAcknowledgedWithoutActing() {
        SignedRequest retried = fixture.slashCommand(ADMIN, "group create retried Retried", "retried");
        Map<String, String> headers = new HashMap<>(retried.headers());
        headers.put("X-Slack-Retry-Num", "1");

        HttpReply reply = LoopbackHttp.post(fixture.eventsUrl(), retried.contentType(), headers, retried.body());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(shown(fixture.command(ADMIN, "groups"))).doesNotContain("Retried");
        assertThat(fixture.slack.calls()).noneMatch(call -> call.isResponseUrlPost("retried"));
    }

    @Test
    void appHomeOpenPublishesTheMembersHome() {
        long eventId = fixture.groupWithEvent("");
        fixture.command("U0MEMBER", "join " + GROUP);
        fixture.command("U0MEMBER", "rsvp " + eventId + " going");

        HttpReply reply = fixture.post(fixture.requests.appHomeOpened("U0MEMBER"));

        assertThat(reply.status()).isEqualTo(200);
        RecordedCall publish = fixture.slack.awaitApiCall("views.publish", TIMEOUT);
        JsonObject view = publish.jsonParam("view").getAsJsonObject();
        assertThat(publish.param("user_id")).isEqualTo("U0MEMBER");
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        assertThat(view.toString()).contains("Your groups").contains("Code4Lib NYC").contains("Your RSVPs")
                .contains("Book club");
    }
}
