package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.convene.core.outbox.Publisher;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.GatewayFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A Discord run listens before the gateway answers, and /readyz says Discord is not connected until READY. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordReadinessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDirectory;

    private static HttpResponse<String> readiness(Application application) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(application.listening().orElseThrow() + "/readyz"))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notReadyWhileTheGatewayHasNotSentReadyAndReadyOnceItHas() throws Exception {
        try (DiscordStandIn discord = DiscordStandIn.start()) {
            discord.holdReady();
            Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "CONVENE_HTTP_HOST", "127.0.0.1", "CONVENE_HTTP_PORT", "0", "DISCORD_TOKEN", discord.botToken(),
                    "CONVENE_DISCORD_API_URL", discord.restBaseUrl(), "CONVENE_DISCORD_GATEWAY_URL",
                    discord.gatewayUrl()));
            Injector injector = Guice.createInjector(new CoreModule(settings));
            Application application = injector.getInstance(Application.class);
            try {
                application.prepare();
                CompletableFuture<List<Publisher>> started = CompletableFuture.supplyAsync(
                        () -> Platforms.start(injector, settings, application));
                discord.awaitGatewayFrame(frame -> frame.op() == GatewayFrame.IDENTIFY, TIMEOUT);

                HttpResponse<String> waiting = readiness(application);
                assertThat(waiting.statusCode()).isEqualTo(503);
                assertThat(waiting.body().lines()).singleElement().asString().startsWith("Discord: ");

                discord.releaseReady();
                assertThat(started.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).hasSize(1);
                HttpResponse<String> connected = readiness(application);
                assertThat(connected.statusCode()).isEqualTo(200);
                assertThat(connected.body()).isEqualTo("ready\n");
            } finally {
                application.stop();
            }
        }
    }
}
