package org.convene.slack.standin;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.convene.slack.http.SlackHttpConfig;
import org.convene.slack.http.SlackHttpServer;

/**
 * A real Bolt {@link App} configured with a signing secret, the stand-in's bot token and a client
 * pointed at the {@link SlackStandIn}, served by a real {@link SlackHttpServer} on loopback. Register
 * handlers on {@link #app()}, then {@link #start()}.
 */
public final class SlackAppHarness implements AutoCloseable {

    public static final String SIGNING_SECRET = "standin-signing-secret";

    private final SlackStandIn slack;
    private final App app;
    private final SlackHttpServer server;

    private SlackAppHarness(SlackStandIn slack) {
        this.slack = slack;
        this.app = new App(AppConfig.builder()
                .signingSecret(SIGNING_SECRET)
                .singleTeamBotToken(slack.workspace().botToken())
                .slack(Slack.getInstance(slack.slackConfig()))
                .build());
        this.server = new SlackHttpServer(app, SlackHttpConfig.of("127.0.0.1", 0));
    }

    /** Starts a stand-in and builds the app; nothing listens for Slack's requests until {@link #start()}. */
    public static SlackAppHarness create() throws IOException {
        SlackStandIn slack = SlackStandIn.start();
        try {
            return new SlackAppHarness(slack);
        } catch (RuntimeException e) {
            slack.close();
            throw e;
        }
    }

    public App app() {
        return app;
    }

    public SlackStandIn slack() {
        return slack;
    }

    public SlackHttpServer server() {
        return server;
    }

    /** Requests signed now with the app's signing secret. */
    public SignedRequests requests() {
        return requests(Clock.systemUTC());
    }

    /** Requests signed with the app's signing secret at the given clock's time. */
    public SignedRequests requests(Clock clock) {
        return slack.signedRequests(SIGNING_SECRET, clock);
    }

    /** Starts the Bolt app (its auth.test goes to the stand-in) and the HTTP front. */
    public SlackAppHarness start() throws IOException {
        server.start();
        return this;
    }

    /** The URL Slack posts commands, interactions and events to. */
    public URI eventsUrl() {
        return url("/slack/events");
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            app.executorService().shutdownNow();
            slack.close();
        }
    }
}
