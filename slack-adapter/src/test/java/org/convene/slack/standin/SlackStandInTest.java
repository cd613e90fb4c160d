package org.convene.slack.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in answers Bolt's own Web API client the way the adapter's tests rely on. */
class SlackStandInTest {

    private SlackStandIn slack;
    private MethodsClient client;

    @BeforeEach
    void start() throws Exception {
        slack = SlackStandIn.start();
        client = Slack.getInstance(slack.slackConfig()).methods(slack.workspace().botToken());
    }

    @AfterEach
    void close() {
        slack.close();
    }

    @Test
    void authTestIdentifiesTheWorkspaceAndItsBot() throws Exception {
        var authTest = client.authTest(request -> request);

        assertThat(authTest.isOk()).isTrue();
        assertThat(authTest.getTeamId()).isEqualTo(slack.workspace().teamId());
        assertThat(authTest.getUserId()).isEqualTo(slack.workspace().botUserId());
        assertThat(authTest.getBotId()).isEqualTo(slack.workspace().botId());
    }

    @Test
    void aDelayedMethodIsRecordedOnArrivalAndAnsweredOnlyAfterItsDelay() throws Exception {
        Duration delay = Duration.ofSeconds(2);
        slack.delayAnswers("chat.postMessage", delay);
        long sent = System.nanoTime();

        CompletableFuture<ChatPostMessageResponse> posted = CompletableFuture.supplyAsync(() -> {
            try {
                return client.chatPostMessage(request -> request.channel("C1").text("slow"));
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
        RecordedCall arrived = slack.awaitApiCall("chat.postMessage");

        assertThat(posted).isNotDone();
        assertThat(arrived.param("text")).isEqualTo("slow");
        assertThat(posted.get(20, TimeUnit.SECONDS).isOk()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(delay);
        slack.delayAnswers("chat.postMessage", Duration.ZERO);
        assertThat(client.chatPostMessage(request -> request.channel("C1").text("quick")).isOk()).isTrue();
    }

    @Test
    void aWrongTokenIsRefusedAsInvalidAuth() throws Exception {
        var authTest = Slack.getInstance(slack.slackConfig()).methods("xoxb-wrong").authTest(request -> request);

        assertThat(authTest.isOk()).isFalse();
        assertThat(authTest.getError()).isEqualTo("invalid_auth");
    }

    @Test
    void usersInfoAnswersTheRolesSetForAUser() throws Exception {
        slack.setUser("U0ADMIN", true, false);
        slack.setUser("U0OWNER", false, true);

        UsersInfoResponse admin = client.usersInfo(request -> request.user("U0ADMIN"));
        UsersInfoResponse owner = client.usersInfo(request -> request.user("U0OWNER"));
        UsersInfoResponse member = client.usersInfo(request -> request.user("U0MEMBER"));

        assertThat(admin.getUser().isAdmin()).isTrue();
        assertThat(admin.getUser().isOwner()).isFalse();
        assertThat(owner.getUser().isOwner()).isTrue();
        assertThat(member.getUser().isAdmin()).isFalse();
        assertThat(member.getUser().isOwner()).isFalse();
    }

    @Test
    void conversationsOpenAnswersTheDirectMessageChannelOfTheUser() throws Exception {
        var opened = client.conversationsOpen(request -> request.users(List.of("U0MEMBER")));

        assertThat(opened.getChannel().getId()).isEqualTo(SlackStandIn.directMessageChannelOf("U0MEMBER"));
    }

    @Test
    void chatMethodsAnswerWithChannelAndTimestamp() throws Exception {
        var posted = client.chatPostMessage(request -> request.channel("C0GROUP").text("New event"));
        var updated = client.chatUpdate(request -> request.channel("C0GROUP").ts(posted.getTs()).text("Moved"));
        var ephemeral = client.chatPostEphemeral(request -> request.channel("C0GROUP").user("U0MEMBER").text("Only you"));

        assertThat(posted.getChannel()).isEqualTo("C0GROUP");
        assertThat(updated.getTs()).isEqualTo(posted.getTs());
        assertThat(ephemeral.getMessageTs()).isNotBlank();
        assertThat(slack.apiCalls("chat.update")).singleElement()
                .satisfies(call -> assertThat(call.param("text")).isEqualTo("Moved"));
    }

    @Test
    void viewsOpenAnswersTheViewWithAnId() throws Exception {
        var opened = client.viewsOpen(request -> request.triggerId("1.2.3")
                .view(View.builder().type("modal").callbackId("event_form").build()));

        assertThat(opened.isOk()).isTrue();
        assertThat(opened.getView().getId()).startsWith("V");
        assertThat(opened.getView().getCallbackId()).isEqualTo("event_form");
        assertThat(slack.awaitApiCall("views.open").param("trigger_id")).isEqualTo("1.2.3");
    }

    @Test
    void scriptedErrorAnswersOnlyTheNextCallOfItsMethod() throws Exception {
        slack.failNext("chat.postMessage", "channel_not_found");

        var first = client.chatPostMessage(request -> request.channel("C0GONE").text("a"));
        var second = client.chatPostMessage(request -> request.channel("C0GONE").text("b"));

        assertThat(first.getError()).isEqualTo("channel_not_found");
        assertThat(second.isOk()).isTrue();
    }

    @Test
    void methodsItDoesNotKnowAnswerOk() throws Exception {
        assertThat(client.reactionsAdd(request -> request.channel("C0GROUP").name("tada").timestamp("1.2")).isOk())
                .isTrue();
        assertThat(slack.awaitApiCall("reactions.add").param("name")).isEqualTo("tada");
    }

    @Test
    void aWaitThatTimesOutSaysWhatWasReceived() throws Exception {
        client.chatPostMessage(request -> request.channel("C0GROUP").text("New event"));

        assertThatThrownBy(() -> slack.awaitApiCall("views.publish", Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a call of views.publish")
                .hasMessageContaining("chat.postMessage")
                .hasMessageContaining("New event");
    }

    @Test
    void signaturesMatchTheOnesBoltComputes() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-03T18:00:00Z"), ZoneOffset.UTC);
        SignedRequest request = new SignedRequests("secret", "T1", "U0BOT", fixed)
                .slashCommand(new SignedRequests.Origin("U1", "C1"), "/meetup", "rsvp 42 going +1", "");

        assertThat(request.timestamp()).isEqualTo("1796320800");
        assertThat(request.signature())
                .isEqualTo(new SlackSignature.Generator("secret").generate(request.timestamp(), request.body()))
                .startsWith("v0=");
    }
}
