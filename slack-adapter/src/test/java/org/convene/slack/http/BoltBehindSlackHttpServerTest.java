package org.convene.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.LoopbackHttp;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Bolt app behind the real HTTP front, talking to the Slack stand-in. */
class BoltBehindSlackHttpServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Origin MEMBER_IN_CHANNEL = new Origin("U0MEMBER", "C0BOOKCLUB");

    private SlackAppHarness harness;
    private SlackStandIn slack;

    @BeforeEach
    void createHarness() throws Exception {
        harness = SlackAppHarness.create();
        slack = harness.slack();
    }

    @AfterEach
    void closeHarness() {
        harness.close();
    }

    @Test
    void signedSlashCommandIsAcknowledgedWithTheHandlersText() throws Exception {
        harness.app().command("/meetup", (request, context) ->
                context.ack("You asked for " + request.getPayload().getText()
                        + " in " + request.getPayload().getChannelId()));
        harness.start();

        HttpReply reply = slashCommand("events code4libnyc", slack.responseUrl("unused"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("text").getAsString()).isEqualTo("You asked for events code4libnyc in C0BOOKCLUB");
        assertThat(slack.apiCalls("auth.test")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.header("Authorization"))
                        .isEqualTo("Bearer " + slack.workspace().botToken()));
    }

    @Test
    void slashCommandWithoutTextReachesTheHandlerWithNullText() throws Exception {
        harness.app().command("/meetup", (request, context) -> context.ack("text=" + request.getPayload().getText()));
        harness.start();

        HttpReply reply = slashCommand("", slack.responseUrl("unused"));

        assertThat(reply.json().get("text").getAsString()).isEqualTo("text=null");
    }

    @Test
    void nonAsciiTextQueryStringAndHeadersReachTheHandlerUnchanged() throws Exception {
        harness.app().command("/meetup", (request, context) -> context.ack(request.getPayload().getText()
                + " | " + request.getQueryString().get("tenant")
                + " | " + request.getHeaders().getFirstValue("X-Forwarded-Proto")));
        harness.start();
        SignedRequest signed = harness.requests()
                .slashCommand(MEMBER_IN_CHANNEL, "/meetup", "join café-東京 & more=yes", slack.responseUrl("unused"));
        Map<String, String> headers = new HashMap<>(signed.headers());
        headers.put("X-Forwarded-Proto", "https");

        HttpReply reply = LoopbackHttp.post(URI.create(harness.eventsUrl() + "?tenant=code4lib%20nyc"),
                signed.contentType(), headers, signed.body());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("text").getAsString())
                .isEqualTo("join café-東京 & more=yes | [code4lib nyc] | https");
    }

    @Test
    void handlerThatAcksThenRespondsPostsToTheResponseUrl() throws Exception {
        harness.app().command("/meetup", (request, context) -> {
            harness.app().executorService().submit(() -> context.respond("Three events this month"));
            return context.ack();
        });
        harness.start();

        HttpReply reply = slashCommand("events", slack.responseUrl("command-1"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        RecordedCall response = slack.awaitResponseUrlPost("command-1", TIMEOUT);
        assertThat(response.param("text")).isEqualTo("Three events this month");
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void chatPostMessageFromAHandlerIsRecordedByTheStandIn() throws Exception {
        harness.app().command("/meetup", (request, context) -> {
            ChatPostMessageResponse posted = context.client().chatPostMessage(message -> message
                    .channel(request.getPayload().getChannelId())
                    .text("Book club on Thursday at 18:00"));
            return context.ack(posted.isOk() ? "posted " + posted.getTs() : "failed " + posted.getError());
        });
        harness.start();

        HttpReply reply = slashCommand("announce", slack.responseUrl("unused"));

        assertThat(reply.json().get("text").getAsString()).startsWith("posted 1767225600.");
        RecordedCall post = slack.awaitApiCall("chat.postMessage", TIMEOUT);
        assertThat(post.param("channel")).isEqualTo("C0BOOKCLUB");
        assertThat(post.param("text")).isEqualTo("Book club on Thursday at 18:00");
        assertThat(post.header("Authorization")).isEqualTo("Bearer " + slack.workspace().botToken());
    }

    @Test
    void webApiErrorScriptedOnTheStandInReachesTheHandlerAsNotOk() throws Exception {
        slack.failNext("chat.postMessage", "not_in_channel");
        harness.app().command("/meetup", (request, context) -> {
            ChatPostMessageResponse first = context.client().chatPostMessage(m -> m.channel("C0PRIVATE").text("a"));
            ChatPostMessageResponse second = context.client().chatPostMessage(m -> m.channel("C0PRIVATE").text("b"));
            return context.ack(first.getError() + ", then ok=" + second.isOk());
        });
        harness.start();

        HttpReply reply = slashCommand("announce", slack.responseUrl("unused"));

        assertThat(reply.json().get("text").getAsString()).isEqualTo("not_in_channel, then ok=true");
    }

    @Test
    void blockActionReachesTheHandlerRegisteredForItsActionId() throws Exception {
        AtomicReference<BlockActionPayload> received = new AtomicReference<>();
        AtomicInteger otherHandlerRuns = new AtomicInteger();
        harness.app().blockAction("rsvp_going", (request, context) -> {
            received.set(request.getPayload());
            return context.ack();
        });
        harness.app().blockAction("rsvp_not_going", (request, context) -> {
            otherHandlerRuns.incrementAndGet();
            return context.ack();
        });
        harness.start();

        HttpReply reply = harness.requests()
                .blockAction(MEMBER_IN_CHANNEL, "1767225600.000042", new Action("rsvp_going", "event-42", "42"),
                        slack.responseUrl("click-1"))
                .postTo(harness.eventsUrl());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(otherHandlerRuns).hasValue(0);
        BlockActionPayload payload = received.get();
        assertThat(payload.getActions()).singleElement().satisfies(action -> {
            assertThat(action.getBlockId()).isEqualTo("event-42");
            assertThat(action.getValue()).isEqualTo("42");
        });
        assertThat(payload.getUser().getId()).isEqualTo("U0MEMBER");
        assertThat(payload.getChannel().getId()).isEqualTo("C0BOOKCLUB");
        assertThat(payload.getContainer().getMessageTs()).isEqualTo("1767225600.000042");
        assertThat(payload.getResponseUrl()).isEqualTo(slack.responseUrl("click-1"));
    }

    @Test
    void viewSubmissionReachesItsHandlerWhichCanAnswerWithFieldErrors() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        harness.app().viewSubmission("event_form", (request, context) -> {
            View view = request.getPayload().getView();
            seen.set(view.getPrivateMetadata() + " | "
                    + view.getState().getValues().get("title_block").get("title_input").getValue());
            return context.ackWithErrors(Map.of("starts_block", "That time is past; type 2026-12-03 18:00"));
        });
        harness.start();

        HttpReply reply = harness.requests()
                .viewSubmission("U0ORGANIZER", "event_form", "group=code4libnyc",
                        SignedRequests.plainTextValues(Map.of(
                                "title_block", Map.of("title_input", "Book club"),
                                "starts_block", Map.of("starts_input", "yesterday 6pm"))))
                .postTo(harness.eventsUrl());

        assertThat(reply.status()).isEqualTo(200);
        JsonObject body = reply.json();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(body.getAsJsonObject("errors").get("starts_block").getAsString())
                .isEqualTo("That time is past; type 2026-12-03 18:00");
        assertThat(seen).hasValue("group=code4libnyc | Book club");
    }

    @Test
    void appHomeOpenedEventReachesItsHandlerWhichPublishesTheHomeView() throws Exception {
        harness.app().event(AppHomeOpenedEvent.class, (payload, context) -> {
            context.client().viewsPublish(publish -> publish
                    .userId(payload.getEvent().getUser())
                    .view(View.builder().type("home").blocks(List.of(SectionBlock.builder()
                            .text(MarkdownTextObject.builder().text("*Your meetups*").build()).build())).build()));
            return context.ack();
        });
        harness.start();

        HttpReply reply = harness.requests().appHomeOpened("U0MEMBER").postTo(harness.eventsUrl());

        assertThat(reply.status()).isEqualTo(200);
        RecordedCall publish = slack.awaitApiCall("views.publish", TIMEOUT);
        assertThat(publish.param("user_id")).isEqualTo("U0MEMBER");
        JsonObject view = publish.jsonParam("view").getAsJsonObject();
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        assertThat(view.toString()).contains("*Your meetups*");
    }

    @Test
    void wrongSignatureIsRefusedWith401AndTheHandlerNeverRuns() throws Exception {
        AtomicInteger runs = countingMeetupHandler();
        harness.start();
        SignedRequest genuine = harness.requests()
                .slashCommand(MEMBER_IN_CHANNEL, "/meetup", "events", slack.responseUrl("unused"));
        SignedRequests otherSecret = slack.signedRequests("not-the-signing-secret", Clock.systemUTC());

        HttpReply reply = genuine
                .withSignature(otherSecret.signature(genuine.timestamp(), genuine.body()))
                .postTo(harness.eventsUrl());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(runs).hasValue(0);
    }

    @Test
    void bodyChangedAfterSigningIsRefusedWith401AndTheHandlerNeverRuns() throws Exception {
        AtomicInteger runs = countingMeetupHandler();
        harness.start();
        SignedRequest genuine = harness.requests()
                .slashCommand(MEMBER_IN_CHANNEL, "/meetup", "rsvp+42", slack.responseUrl("unused"));
        SignedRequest tampered = new SignedRequest(genuine.body().replace("rsvp", "cancel"),
                genuine.contentType(), genuine.timestamp(), genuine.signature());

        assertThat(tampered.postTo(harness.eventsUrl()).status()).isEqualTo(401);
        assertThat(runs).hasValue(0);
    }

    @Test
    void timestampOlderThanFiveMinutesIsRefusedWith401AndTheHandlerNeverRuns() throws Exception {
        AtomicInteger runs = countingMeetupHandler();
        harness.start();
        Clock sixMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));

        HttpReply reply = harness.requests(sixMinutesAgo)
                .slashCommand(MEMBER_IN_CHANNEL, "/meetup", "events", slack.responseUrl("unused"))
                .postTo(harness.eventsUrl());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(runs).hasValue(0);
    }

    @Test
    void timestampFourMinutesOldIsStillAccepted() throws Exception {
        AtomicInteger runs = countingMeetupHandler();
        harness.start();
        Clock fourMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4));

        HttpReply reply = harness.requests(fourMinutesAgo)
                .slashCommand(MEMBER_IN_CHANNEL, "/meetup", "events", slack.responseUrl("unused"))
                .postTo(harness.eventsUrl());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(runs).hasValue(1);
    }

    @Test
    void synchronousWebApiClientDoesNotRetryA429ButSurfacesItsRetryAfter() throws Exception {
        slack.rateLimitNext("chat.postMessage");
        harness.app().command("/meetup", (request, context) -> {
            try {
                context.client().chatPostMessage(message -> message.channel("C0BOOKCLUB").text("Reminder"));
                return context.ack("posted");
            } catch (SlackApiException e) {
                return context.ack("status " + e.getResponse().code()
                        + ", retry after " + e.getResponse().header("Retry-After"));
            }
        });
        harness.start();

        HttpReply reply = slashCommand("remind", slack.responseUrl("unused"));

        assertThat(reply.json().get("text").getAsString()).isEqualTo("status 429, retry after 1");
        assertThat(slack.apiCalls("chat.postMessage")).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(429));
    }

    @Test
    void asynchronousWebApiClientRetriesA429AfterItsRetryAfter() throws Exception {
        slack.rateLimitNext("chat.postMessage");
        harness.start();

        ChatPostMessageResponse posted = harness.app().slack()
                .methodsAsync(slack.workspace().botToken())
                .chatPostMessage(message -> message.channel("C0BOOKCLUB").text("Reminder"))
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        assertThat(posted.isOk()).isTrue();
        List<RecordedCall> posts = slack.apiCalls("chat.postMessage");
        assertThat(posts).extracting(RecordedCall::status).containsExactly(429, 200);
        assertThat(Duration.between(posts.get(0).receivedAt(), posts.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    private HttpReply slashCommand(String text, String responseUrl) {
        return harness.requests().slashCommand(MEMBER_IN_CHANNEL, "/meetup", text, responseUrl)
                .postTo(harness.eventsUrl());
    }

    private AtomicInteger countingMeetupHandler() {
        AtomicInteger runs = new AtomicInteger();
        harness.app().command("/meetup", (request, context) -> {
            runs.incrementAndGet();
            return context.ack("ran");
        });
        return runs;
    }
}
