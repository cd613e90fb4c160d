package org.convene.slack.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.LoopbackHttp;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackAppHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackHttpServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private SlackAppHarness harness;

    @BeforeEach
    void createHarness() throws Exception {
        harness = SlackAppHarness.create();
    }

    @AfterEach
    void closeHarness() {
        harness.close();
    }

    @Test
    void healthAnswersOk() throws Exception {
        harness.start();

        HttpReply reply = LoopbackHttp.get(harness.url("/health"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("ok");
    }

    @Test
    void unknownPathsAnswerNotFoundAndWrongMethodsAnswerMethodNotAllowed() throws Exception {
        harness.start();

        assertThat(LoopbackHttp.get(harness.url("/slack/other")).status()).isEqualTo(404);
        HttpReply getOnEvents = LoopbackHttp.get(harness.eventsUrl());
        assertThat(getOnEvents.status()).isEqualTo(405);
        assertThat(getOnEvents.header("Allow")).isEqualTo("POST");
        assertThat(LoopbackHttp.send("POST", harness.url("/health")).status()).isEqualTo(405);
    }

    @Test
    void servesSlackOnTheConfiguredPathOnly() throws Exception {
        App app = new App(AppConfig.builder()
                .signingSecret(SlackAppHarness.SIGNING_SECRET)
                .singleTeamBotToken(harness.slack().workspace().botToken())
                .slack(Slack.getInstance(harness.slack().slackConfig()))
                .build());
        app.command("/meetup", (request, context) -> context.ack("custom path"));
        SlackHttpConfig config = SlackHttpConfig.of("127.0.0.1", 0).withEventsPath("/hooks/slack");
        try (SlackHttpServer server = new SlackHttpServer(app, config)) {
            server.start();
            String base = "http://127.0.0.1:" + server.port();

            HttpReply reply = harness.requests()
                    .slashCommand(new SignedRequests.Origin("U1", "C1"), "/meetup", "help", "")
                    .postTo(URI.create(base + "/hooks/slack"));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("text").getAsString()).isEqualTo("custom path");
            assertThat(LoopbackHttp.get(URI.create(base + "/slack/events")).status()).isEqualTo(404);
        } finally {
            app.executorService().shutdownNow();
        }
    }

    @Test
    void portIsKnownOnlyWhileRunning() throws Exception {
        assertThatThrownBy(() -> harness.server().port()).isInstanceOf(IllegalStateException.class);

        harness.start();
        assertThat(harness.server().port()).isPositive();
        assertThat(harness.server().isRunning()).isTrue();

        harness.server().stop();
        assertThat(harness.server().isRunning()).isFalse();
        assertThatThrownBy(() -> harness.server().port()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stopLetsARequestInFlightFinishBeforeReturning() throws Exception {
        CountDownLatch handlerEntered = new CountDownLatch(1);
        CountDownLatch handlerReleased = new CountDownLatch(1);
        harness.app().command("/meetup", (request, context) -> {
            handlerEntered.countDown();
            try {
                return context.ack(handlerReleased.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS) ? "finished" : "never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return context.ack("interrupted");
            }
        });
        harness.start();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<HttpReply> inFlight = CompletableFuture.supplyAsync(() -> harness.requests()
                    .slashCommand(new SignedRequests.Origin("U1", "C1"), "/meetup", "events", "")
                    .postTo(harness.eventsUrl()), threads);
            assertThat(handlerEntered.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(harness.server()::stop, threads);
            assertThatThrownBy(() -> stopping.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            handlerReleased.countDown();

            HttpReply reply = inFlight.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("text").getAsString()).isEqualTo("finished");
            stopping.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(harness.server().isRunning()).isFalse();
        }
    }

    @Test
    void configurationRefusesAPortOutOfRangeAndAPathWithoutSlash() {
        assertThatThrownBy(() -> SlackHttpConfig.of("127.0.0.1", 70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlackHttpConfig.of("127.0.0.1", 0).withEventsPath("slack"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SlackHttpConfig.of("0.0.0.0", 3000).eventsPath()).isEqualTo("/slack/events");
    }
}
