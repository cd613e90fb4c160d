package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Publisher;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application, started as Main starts it with Discord's settings, connects to the given gateway and answers. */
class DiscordRunTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void withDiscordSettingsTheBotConnectsToTheGivenGatewayAndAnswers() {
        try (DiscordStandIn discord = DiscordStandIn.start()) {
            Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "DISCORD_TOKEN", discord.botToken(), "CONVENE_DISCORD_API_URL", discord.restBaseUrl(),
                    "CONVENE_DISCORD_GATEWAY_URL", discord.gatewayUrl()));
            Injector injector = Guice.createInjector(new CoreModule(settings));
            Application application = injector.getInstance(Application.class);
            try {
                application.prepare();
                List<Publisher> publishers = Platforms.start(injector, settings, application);
                application.deliverInBackground(publishers);

                SentInteraction help = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help"));

                RecordedRequest answer = discord.awaitRequest(request -> request.path().contains(help.token())
                        && request.method().equals("PATCH"), TIMEOUT);
                assertThat(answer.bodyText()).contains("Convene runs this community");
                assertThat(publishers).extracting(Publisher::platform).containsExactly(Platform.DISCORD);
            } finally {
                application.stop();
            }
        }
    }
}
