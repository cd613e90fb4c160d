package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.testing.CoreKit;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackFixtures;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;

/**
 * A started {@link SlackBot} in HTTP mode over a fresh {@link CoreKit}, talking to a {@link SlackStandIn}, with
 * helpers to send signed requests and wait for what the bot answers on response URLs.
 */
final class SlackBotFixture implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String CHANNEL = "C0BOOKCLUB";
    static final String ADMIN = "U0ADMIN";
    static final String GROUP = "code4libnyc";
    static final String WHEN = "2026-12-03 18:00";

    private static final Pattern EVENT_ID = Pattern.compile("Posted #(\\d+)");

    final CoreKit kit;
    final SlackStandIn slack;
    final SlackBot bot;
    final SignedRequests requests;
    private final AtomicInteger responses = new AtomicInteger();

    private SlackBotFixture(CoreKit kit, SlackStandIn slack) {
        this.kit = kit;
        this.slack = slack;
        this.bot = new SlackBot(new SlackSettings(slack.workspace().botToken(), SlackAppHarness.SIGNING_SECRET,
                Optional.empty(), Optional.of(slack.apiUrlPrefix()), "127.0.0.1", 0), kit.commands, kit.myAgenda,
                kit.listEvents, kit.spaceLifecycle, kit.showEvent, Optional.of(kit.datePolls), kit.clock,
                org.convene.core.metrics.PlatformMeters.none());
        this.requests = slack.signedRequests(SlackAppHarness.SIGNING_SECRET, Clock.systemUTC());
    }

    static SlackBotFixture start() throws IOException {
        return start(new CoreKit());
    }

    /** A running bot for a test's field, closed with {@code @AutoClose}. */
    static SlackBotFixture running() {
        try {
            return start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A running bot whose admin created the group {@link #GROUP}, named "Code4Lib NYC". */
    static SlackBotFixture withGroup() {
        SlackBotFixture fixture = running();
        try {
            fixture.createGroup();
            return fixture;
        } catch (RuntimeException | AssertionError failed) {
            fixture.close();
            throw failed;
        }
    }

    /** The same over a core the test made, for instance on a database it stops. */
    static SlackBotFixture start(CoreKit kit) throws IOException {
        SlackStandIn slack = SlackStandIn.start();
        SlackBotFixture fixture = new SlackBotFixture(kit, slack);
        fixture.bot.start();
        slack.setUser(ADMIN, true, false);
        return fixture;
    }

    /** Payloads of the shapes Slack really sends, signed for the stand-in's workspace. */
    SlackFixtures shapes() {
        return new SlackFixtures(requests, slack.workspace().teamId(), Clock.systemUTC());
    }

    URI eventsUrl() {
        return URI.create("http://127.0.0.1:" + bot.port() + "/slack/events");
    }

    HttpReply post(SignedRequest request) {
        return request.postTo(eventsUrl());
    }

    /** Sends {@code /meetup text} from the user in the channel and returns what the bot answered on the response URL. */
    RecordedCall command(String userId, String text) {
        String responseId = "r" + responses.incrementAndGet();
        HttpReply reply = post(slashCommand(userId, text, responseId));
        assertThat(reply.status()).isEqualTo(200);
        return slack.awaitResponseUrlPost(responseId, TIMEOUT);
    }

    SignedRequest slashCommand(String userId, String text, String responseId) {
        return requests.slashCommand(new Origin(userId, CHANNEL), "/meetup", text, slack.responseUrl(responseId));
    }

    /** The admin creates the group and posts an event in it with the extra options; returns the event's id. */
    long groupWithEvent(String extraOptions) {
        createGroup();
        String posted = shown(command(ADMIN, "post " + GROUP + " title=\"Book club\" when=\"" + WHEN + "\" "
                + extraOptions));
        Matcher matcher = EVENT_ID.matcher(posted);
        assertThat(matcher.find()).as("a posted event in %s", posted).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private void createGroup() {
        assertThat(shown(command(ADMIN, "group create " + GROUP + " \"Code4Lib NYC\""))).contains("Created");
    }

    /** Everything a recorded call carried, as JSON text: text, blocks, view. */
    static String shown(RecordedCall call) {
        JsonObject shown = call.params().deepCopy();
        for (String name : List.of("blocks", "view")) {
            if (shown.has(name) && shown.get(name).isJsonPrimitive()) {
                shown.add(name, call.jsonParam(name));
            }
        }
        return shown.toString();
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            slack.close();
            kit.close();
        }
    }
}
