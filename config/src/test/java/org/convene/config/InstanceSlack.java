package org.convene.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackStandIn;

/**
 * A Slack stand-in that packaged instances serve: the settings that point an instance at it, and {@code /meetup}
 * commands sent to an instance signed as Slack signs them, answered through their response URL.
 */
public final class InstanceSlack implements AutoCloseable {

    private static final AtomicInteger REPLIES = new AtomicInteger();

    private final SlackStandIn slack;
    private final String signingSecret;
    private final SignedRequests requests;

    private InstanceSlack(SlackStandIn slack, String signingSecret) {
        this.slack = requireNonNull(slack, "slack");
        this.signingSecret = requireNonNull(signingSecret, "signingSecret");
        this.requests = slack.signedRequests(signingSecret, Clock.systemUTC());
    }

    /** Starts a stand-in whose requests to the instances are signed with {@code signingSecret}. */
    public static InstanceSlack start(String signingSecret) throws IOException {
        return new InstanceSlack(SlackStandIn.start(), signingSecret);
    }

    /** The stand-in itself: its users, what the instances sent it, its delays. */
    public SlackStandIn standIn() {
        return slack;
    }

    /** The settings that make an instance serve this Slack over HTTP: bot token, signing secret, Web API address. */
    public Map<String, String> settings() {
        return Map.of("SLACK_BOT_TOKEN", slack.workspace().botToken(), "SLACK_SIGNING_SECRET", signingSecret,
                "CONVENE_SLACK_API_URL", slack.apiUrlPrefix());
    }

    /**
     * Sends {@code /meetup text} typed by {@code userId} in {@code channelId} to the instance and returns the body
     * the instance posted to the command's response URL; fails unless the instance acknowledged it with 200.
     */
    public String meetup(PackagedInstance instance, String userId, String channelId, String text, Duration wait) {
        String reply = "reply-" + REPLIES.incrementAndGet();
        HttpReply ack = requests.slashCommand(new SignedRequests.Origin(userId, channelId), "/meetup", text,
                slack.responseUrl(reply)).postTo(instance.slackEvents());
        if (ack.status() != 200) {
            throw new AssertionError(instance + " answered /meetup " + text + " with HTTP " + ack.status());
        }
        return slack.awaitResponseUrlPost(reply, wait).body();
    }

    @Override
    public void close() {
        slack.close();
    }
}
