package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.convene.core.testing.CoreKit;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot in HTTP mode on a front the application owns, and whether Slack accepts its token, for readiness. */
class SlackBotOnSharedFrontTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private CoreKit kit;
    private SlackStandIn slack;
    private SlackBot bot;
    private HttpFront front;

    @BeforeEach
    void start() throws Exception {
        kit = new CoreKit();
        slack = SlackStandIn.start();
        bot = new SlackBot(new SlackSettings(slack.workspace().botToken(), SlackAppHarness.SIGNING_SECRET,
                Optional.empty(), Optional.of(slack.apiUrlPrefix()), "127.0.0.1", 0), kit.commands, kit.myAgenda,
                kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock);
        front = new HttpFront(HttpFrontConfig.of("127.0.0.1", 0));
        bot.serveOn(front);
        bot.start();
        front.start();
    }

    @AfterEach
    void stop() {
        try {
            front.stop();
            bot.close();
        } finally {
            slack.close();
            kit.close();
        }
    }

    @Test
    void servesSignedSlashCommandsOnTheFrontItWasGiven() {
        SignedRequests requests = slack.signedRequests(SlackAppHarness.SIGNING_SECRET, Clock.systemUTC());

        HttpReply reply = requests.slashCommand(new Origin("U0ADMIN", "C0BOOKCLUB"), "/meetup", "help",
                slack.responseUrl("help")).postTo(URI.create("http://127.0.0.1:" + front.port() + "/slack/events"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(slack.awaitResponseUrlPost("help", TIMEOUT).body()).contains("/meetup");
        assertThat(bot.port()).isEqualTo(front.port());
    }

    @Test
    void unsignedRequestsAreStillRefusedOnTheSharedFront() {
        HttpReply reply = slack.signedRequests("not the signing secret", Clock.systemUTC())
                .slashCommand(new Origin("U0ADMIN", "C0BOOKCLUB"), "/meetup", "help", slack.responseUrl("forged"))
                .postTo(URI.create("http://127.0.0.1:" + front.port() + "/slack/events"));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void readyWhileAuthTestIsOkAndNotReadyOnceSlackRefusesTheTokenAfterTheCachedAnswerLapses() {
        assertThat(bot.readinessProblem()).isEmpty();
        int callsAfterFirstCheck = slack.apiCalls("auth.test").size();
        slack.failNext("auth.test", "invalid_auth");

        assertThat(bot.readinessProblem()).isEmpty();
        assertThat(slack.apiCalls("auth.test")).hasSize(callsAfterFirstCheck);

        kit.clock.advance(SlackAuthCheck.FRESH_FOR);
        assertThat(bot.readinessProblem()).contains("Slack: auth.test answered invalid_auth");
        kit.clock.advance(SlackAuthCheck.FRESH_FOR);
        assertThat(bot.readinessProblem()).isEmpty();
    }
}
