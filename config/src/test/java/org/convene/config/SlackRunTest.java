package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convene.core.outbox.Publisher;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application as Main starts it with Slack's settings serves signed slash commands on /slack/events. */
class SlackRunTest {

    private static final String SECRET = "test-signing-secret";

    @TempDir
    Path dataDirectory;

    @Test
    void withSlackSettingsTheBotServesSignedSlashCommands() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (SlackStandIn slack = SlackStandIn.start()) {
            Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "SLACK_BOT_TOKEN", slack.workspace().botToken(), "SLACK_SIGNING_SECRET", SECRET,
                    "CONVENE_SLACK_API_URL", slack.apiUrlPrefix(), "CONVENE_HTTP_HOST", "127.0.0.1",
                    "CONVENE_HTTP_PORT", Integer.toString(port)));
            Injector injector = Guice.createInjector(new CoreModule(settings));
            Application application = injector.getInstance(Application.class);
            try {
                application.prepare();
                List<Publisher> publishers = Platforms.start(injector, settings, application);
                application.deliverInBackground(publishers);
                SignedRequests requests = slack.signedRequests(SECRET, Clock.systemUTC());

                HttpReply reply = requests.slashCommand(new SignedRequests.Origin("U1", "C1"), "/meetup", "help",
                        slack.responseUrl("help")).postTo(URI.create("http://127.0.0.1:" + port + "/slack/events"));

                assertThat(reply.status()).isEqualTo(200);
                assertThat(slack.awaitResponseUrlPost("help", Duration.ofSeconds(20)).body())
                        .contains("Convene runs this community", "For organizers", "/meetup rsvp");
                assertThat(publishers).extracting(Publisher::platform)
                        .containsExactly(org.convene.core.domain.Platform.SLACK);
            } finally {
                application.stop();
            }
        }
    }
}
