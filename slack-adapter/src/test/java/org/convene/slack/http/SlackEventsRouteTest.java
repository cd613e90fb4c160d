package org.convene.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.slack.LogCapture;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.LoopbackHttp;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SlackAppHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What strangers' requests and odd signed ones cost: the answer, and the log. */
class SlackEventsRouteTest {

    private static final String MARKER = "stranger-wrote-this";

    private SlackAppHarness harness;
    private final AtomicInteger handlerRuns = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        harness = SlackAppHarness.create();
        harness.app().command("/meetup", (request, context) -> {
            handlerRuns.incrementAndGet();
            return context.ack("ran");
        });
        harness.start();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void unsignedMebibyteRequestsAreAnswered401WithOneShortLogLineAndNoBody() {
        String body = MARKER + "=" + "x".repeat((1 << 20) - MARKER.length() - 1);
        try (LogCapture log = new LogCapture()) {
            for (int request = 0; request < 5; request++) {
                HttpReply reply = LoopbackHttp.post(harness.eventsUrl(), "application/x-www-form-urlencoded",
                        Map.of(), body);
                assertThat(reply.status()).isEqualTo(401);
            }

            assertThat(log.warningsAndErrors()).singleElement().satisfies(event -> {
                assertThat(event.getFormattedMessage()).hasSizeLessThan(200).contains("Refused 1");
                assertThat(event.getThrowableProxy()).isNull();
            });
            assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(message -> message.contains(MARKER));
        }
        assertThat(handlerRuns).hasValue(0);
    }

    @Test
    void signedCommandWithAStaleOrMissingTimestampIsAnswered401() {
        SignedRequest genuine = harness.requests().slashCommand(new org.convene.slack.standin.SignedRequests.Origin(
                "U1", "C1"), "/meetup", "events", "");

        HttpReply noTimestamp = LoopbackHttp.post(harness.eventsUrl(), genuine.contentType(),
                Map.of(SignedRequest.SIGNATURE_HEADER, genuine.signature()), genuine.body());
        HttpReply wordTimestamp = LoopbackHttp.post(harness.eventsUrl(), genuine.contentType(),
                Map.of(SignedRequest.SIGNATURE_HEADER, genuine.signature(), SignedRequest.TIMESTAMP_HEADER, "soon"),
                genuine.body());

        assertThat(noTimestamp.status()).isEqualTo(401);
        assertThat(wordTimestamp.status()).isEqualTo(401);
        assertThat(genuine.postTo(harness.eventsUrl()).status()).isEqualTo(200);
        assertThat(handlerRuns).hasValue(1);
    }

    @Test
    void signedRequestOfAKindBoltDoesNotKnowIsAnswered400WithoutAnErrorOrItsBody() {
        try (LogCapture log = new LogCapture()) {
            HttpReply reply = harness.requests().sign("{\"type\":\"" + MARKER + "\"}", "application/json")
                    .postTo(harness.eventsUrl());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(log.warningsAndErrors()).isEmpty();
            assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(message -> message.contains(MARKER));
        }
    }
}
