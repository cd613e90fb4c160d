package org.convene.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stand-in on its own, spoken to with the JDK's HTTP client rather than JDA. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordStandInTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Predicate<RecordedRequest> CHANNEL_MESSAGE =
            RecordedRequest.to("POST", "/channels/{channelId}/messages");

    private final DiscordStandIn discord = DiscordStandIn.start();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @AfterEach
    void stop() {
        http.close();
        discord.close();
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bot " + discord.botToken())
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void addressesAreLoopbackWithEphemeralPorts() {
        assertThat(discord.restBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10/");
        assertThat(discord.gatewayUrl()).matches("ws://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void everyAnswerCarriesViaAndARateLimitBucket() throws Exception {
        HttpResponse<String> self = send("GET", "users/@me", "");
        HttpResponse<String> unknown = send("GET", "voice/regions", "");

        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(DataObject.fromJson(self.body()).getUnsignedLong("id")).isEqualTo(discord.botUser().id());
        for (HttpResponse<String> response : new HttpResponse[] {self, unknown}) {
            assertThat(response.headers().firstValue("via")).isPresent();
            assertThat(response.headers().firstValue("x-ratelimit-remaining")).contains("49");
        }
        assertThat(self.headers().firstValue("x-ratelimit-bucket")).isPresent();
    }

    @Test
    void aPlannedRateLimitAnswersTheNextRequestOnlyWithDiscordsBodyAndHeaders() throws Exception {
        discord.rateLimitNext("POST", "/channels/{channelId}/messages");
        String message = "{\"content\":\"hello\"}";

        HttpResponse<String> limited = send("POST", "channels/42/messages", message);
        HttpResponse<String> accepted = send("POST", "channels/42/messages", message);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).contains("1");
        assertThat(limited.headers().firstValue("via")).isPresent();
        assertThat(limited.headers().firstValue("x-ratelimit-scope")).contains("user");
        DataObject body = DataObject.fromJson(limited.body());
        assertThat(body.getString("message")).isEqualTo("You are being rate limited.");
        assertThat(body.getDouble("retry_after")).isEqualTo(0.2);
        assertThat(body.getBoolean("global")).isFalse();
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(DataObject.fromJson(accepted.body()).getString("content")).isEqualTo("hello");
    }

    @Test
    void anUnknownRouteIsAnswered404InDiscordsShapeAndRecorded() throws Exception {
        HttpResponse<String> response = send("GET", "voice/regions", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(DataObject.fromJson(response.body()).getInt("code")).isZero();
        assertThat(discord.unknownRouteRequests()).extracting(RecordedRequest::path).containsExactly("/voice/regions");
    }

    @Test
    void aRequestWithoutTheBotTokenIsAnswered401() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + "users/@me"))
                .timeout(TIMEOUT)
                .build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void waitingInVainFailsWithEverythingThatDidArrive() throws Exception {
        send("GET", "users/@me", "");

        assertThatThrownBy(() -> discord.awaitRequest(CHANNEL_MESSAGE, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /channels/{channelId}/messages")
                .hasMessageContaining("within 100 ms")
                .hasMessageContaining("GET /users/@me -> 200");
    }

    @Test
    void requestsCanBeAwaitedBeforeTheyArrive() throws Exception {
        Thread sender = Thread.ofVirtual().start(() -> {
            try {
                send("POST", "channels/7/messages", "{\"content\":\"later\"}");
            } catch (IOException | InterruptedException failure) {
                throw new IllegalStateException(failure);
            }
        });

        RecordedRequest arrived = discord.awaitRequest(CHANNEL_MESSAGE, TIMEOUT);

        assertThat(arrived.bodyObject().getString("content")).isEqualTo("later");
        assertThat(sender.join(TIMEOUT)).isTrue();
    }

    @Test
    void anInteractionCanBeAcknowledgedOnlyOnceAndOnlyWithItsToken() throws Exception {
        JDA jda = StandInJda.start(discord);
        try {
            SentInteraction help = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help"));
            String callback = "interactions/" + help.id() + "/" + help.token() + "/callback";
            String reply = "{\"type\":4,\"data\":{\"content\":\"hi\"}}";

            HttpResponse<String> first = send("POST", callback, reply);
            HttpResponse<String> second = send("POST", callback, reply);
            HttpResponse<String> forged = send("POST", "interactions/" + help.id() + "/forged/callback", reply);

            assertThat(first.statusCode()).isEqualTo(204);
            assertThat(second.statusCode()).isEqualTo(400);
            assertThat(DataObject.fromJson(second.body()).getInt("code")).isEqualTo(40060);
            assertThat(forged.statusCode()).isEqualTo(404);
            assertThat(DataObject.fromJson(forged.body()).getInt("code")).isEqualTo(10062);
        } finally {
            jda.shutdownNow();
            jda.awaitShutdown(TIMEOUT);
        }
    }

    @Test
    void dispatchingBeforeJdaConnectedFailsClearly() {
        assertThatThrownBy(() -> discord.dispatch("MESSAGE_CREATE", Map.of("id", "1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no gateway session");
    }
}
