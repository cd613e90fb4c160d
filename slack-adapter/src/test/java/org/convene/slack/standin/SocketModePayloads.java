package org.convene.slack.standin;

import com.google.gson.JsonObject;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;

/**
 * The payloads Slack wraps in Socket Mode envelopes: a slash command as a JSON object of the fields HTTP mode
 * form-encodes, and an interaction payload as HTTP mode posts it in {@code payload=}.
 */
public final class SocketModePayloads {

    private final String teamId;
    private final String botUserId;
    private long sequence;

    public SocketModePayloads(SlackStandIn.Workspace workspace) {
        this.teamId = workspace.teamId();
        this.botUserId = workspace.botUserId();
    }

    /** The {@code slash_commands} envelope's payload. */
    public synchronized JsonObject slashCommand(Origin origin, String command, String text, String responseUrl) {
        return SlackPayloads.object("token", SlackPayloads.VERIFICATION_TOKEN, "team_id", teamId,
                "team_domain", SlackPayloads.TEAM_DOMAIN, "channel_id", origin.channelId(),
                "channel_name", SlackPayloads.channelName(origin.channelId()), "user_id", origin.userId(),
                "user_name", SlackPayloads.userName(origin.userId()), "command", command, "text", text,
                "api_app_id", SlackPayloads.APP_ID, "is_enterprise_install", "false", "response_url", responseUrl,
                "trigger_id", triggerId());
    }

    /** The {@code interactive} envelope's payload for a click on a button of a message in a channel. */
    public synchronized JsonObject buttonClick(Origin origin, String messageTs, Action action, String responseUrl) {
        JsonObject payload = SlackPayloads.interaction("block_actions", teamId, origin.userId(), triggerId());
        return SlackPayloads.blockAction(payload, origin, messageTs, botUserId, action, messageTs, responseUrl);
    }

    private String triggerId() {
        return ++sequence + ".4343.socket";
    }
}
