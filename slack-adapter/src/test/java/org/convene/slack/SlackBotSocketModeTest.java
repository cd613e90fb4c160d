package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.testing.CoreKit;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;
import org.convene.slack.standin.SocketModePayloads;
import org.convene.slack.standin.SocketModeStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot in Socket Mode, end to end: {@code apps.connections.open} hands out the stand-in's WebSocket link, the
 * stand-in says hello and sends envelopes, the bot acks each by its envelope id and answers on the response URL.
 */
class SlackBotSocketModeTest {

    private static final Duration TIMEOUT = SlackBotFixture.TIMEOUT;
    private static final String APP_TOKEN = "xapp-1-A0CONVENE-standin-app-token";
    private static final String ADMIN = SlackBotFixture.ADMIN;
    private static final String MEMBER = "U0MEMBER";
    private static final Pattern EVENT_ID = Pattern.compile("Posted #(\\d+)");

    private final AtomicInteger responses = new AtomicInteger();
    private CoreKit kit;
    private SlackStandIn slack;
    private SocketModeStandIn socket;
    private SocketModePayloads payloads;
    private SlackBot bot;

    @BeforeEach
    void start() throws Exception {
        kit = new CoreKit();
        slack = SlackStandIn.start();
        socket = SocketModeStandIn.start(TIMEOUT);
        slack.openSocketModeWith(APP_TOKEN, socket::url);
        slack.setUser(ADMIN, true, false);
        payloads = new SocketModePayloads(slack.workspace());
        bot = new SlackBot(new SlackSettings(slack.workspace().botToken(), SlackAppHarness.SIGNING_SECRET,
                Optional.of(APP_TOKEN), Optional.of(slack.apiUrlPrefix()), "127.0.0.1", 0), kit.commands,
                kit.myAgenda, kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock);
        bot.start();
        socket.awaitConnection(1, TIMEOUT);
    }

    @AfterEach
    void stop() {
        try {
            bot.close();
        } finally {
            socket.close();
            slack.close();
            kit.close();
        }
    }

    @Test
    void slashCommandOverSocketModeIsAckedByItsEnvelopeIdAndAnswered() {
        String responseId = "socket-" + responses.incrementAndGet();
        String envelopeId = socket.send("slash_commands", payloads.slashCommand(new Origin(ADMIN,
                SlackBotFixture.CHANNEL), "/meetup", "group create code4libnyc \"Code4Lib NYC\"",
                slack.responseUrl(responseId)), true);

        SocketModeStandIn.Frame ack = socket.awaitAck(envelopeId, TIMEOUT);
        RecordedCall answer = slack.awaitResponseUrlPost(responseId, TIMEOUT);

        assertThat(ack.connection()).isEqualTo(1);
        assertThat(SlackBotFixture.shown(answer)).contains("Created");
        assertThat(slack.apiCalls("apps.connections.open")).isNotEmpty()
                .allSatisfy(open -> assertThat(open.header("Authorization")).isEqualTo("Bearer " + APP_TOKEN));
    }

    @Test
    void buttonClickOverSocketModeIsAckedAndAnswersTheRsvp() {
        command(ADMIN, "group create code4libnyc \"Code4Lib NYC\"");
        Matcher posted = EVENT_ID.matcher(command(ADMIN, "post code4libnyc \"Book club\" when=\"2026-12-03 18:00\""));
        assertThat(posted.find()).isTrue();
        String rsvp = "rsvp " + posted.group(1) + " going";
        String responseId = "socket-click";

        String envelopeId = socket.send("interactive", payloads.buttonClick(new Origin(MEMBER,
                SlackBotFixture.CHANNEL), "1767225600.000100", new Action(rsvp, "event-1-actions-0", rsvp),
                slack.responseUrl(responseId)), false);

        socket.awaitAck(envelopeId, TIMEOUT);
        assertThat(SlackBotFixture.shown(slack.awaitResponseUrlPost(responseId, TIMEOUT))).contains("going");
    }

    @Test
    void botReconnectsWhenSlackSendsDisconnectAndServesTheNewConnection() {
        int linksBefore = slack.apiCalls("apps.connections.open").size();

        socket.disconnect();

        socket.awaitConnection(2, TIMEOUT);
        String responseId = "socket-after-reconnect";
        String envelopeId = socket.send("slash_commands", payloads.slashCommand(new Origin(ADMIN,
                SlackBotFixture.CHANNEL), "/meetup", "help", slack.responseUrl(responseId)), true);

        assertThat(socket.awaitAck(envelopeId, TIMEOUT).connection()).isEqualTo(2);
        assertThat(SlackBotFixture.shown(slack.awaitResponseUrlPost(responseId, TIMEOUT))).contains("rsvp");
        assertThat(slack.apiCalls("apps.connections.open")).hasSizeGreaterThan(linksBefore);
    }

    private String command(String userId, String text) {
        String responseId = "socket-" + responses.incrementAndGet();
        String envelopeId = socket.send("slash_commands", payloads.slashCommand(new Origin(userId,
                SlackBotFixture.CHANNEL), "/meetup", text, slack.responseUrl(responseId)), true);
        socket.awaitAck(envelopeId, TIMEOUT);
        return SlackBotFixture.shown(slack.awaitResponseUrlPost(responseId, TIMEOUT));
    }
}
