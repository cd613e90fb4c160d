package org.convene.slack.standin;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;

/** The JSON shapes of Slack's interaction payloads and event callbacks, as Bolt 1.48 parses them. */
final class SlackPayloads {

    static final String APP_ID = "A0CONVENE";
    static final String TEAM_DOMAIN = "convene-standin";
    static final String VERIFICATION_TOKEN = "standin-verification-token";

    private SlackPayloads() {
    }

    /** The part every interaction payload has: type, app, team, the acting user, a trigger id. */
    static JsonObject interaction(String type, String teamId, String userId, String triggerId) {
        JsonObject payload = object("type", type, "api_app_id", APP_ID, "token", VERIFICATION_TOKEN,
                "trigger_id", triggerId);
        payload.add("team", object("id", teamId, "domain", TEAM_DOMAIN));
        payload.add("user", object("id", userId, "username", userName(userId), "name", userName(userId),
                "team_id", teamId));
        payload.addProperty("is_enterprise_install", false);
        return payload;
    }

    /** A block_actions payload for a click on a button of a message in a channel. */
    static JsonObject blockAction(JsonObject payload, SignedRequests.Origin origin, String messageTs,
            String botUserId, SignedRequests.Action action, String actionTs, String responseUrl) {
        JsonObject container = object("type", "message", "message_ts", messageTs, "channel_id", origin.channelId());
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.add("channel", object("id", origin.channelId(), "name", channelName(origin.channelId())));
        JsonObject message = object("type", "message", "user", botUserId, "ts", messageTs, "text", "");
        message.add("blocks", new JsonArray());
        payload.add("message", message);
        payload.addProperty("response_url", responseUrl);
        JsonObject element = object("action_id", action.actionId(), "block_id", action.blockId(),
                "value", action.value(), "type", "button", "action_ts", actionTs);
        element.add("text", object("type", "plain_text", "text", action.value()));
        JsonArray actions = new JsonArray();
        actions.add(element);
        payload.add("actions", actions);
        return payload;
    }

    /** A view_submission payload's {@code view}: a modal with its callback id, metadata and state values. */
    static JsonObject modalView(String viewId, String teamId, String callbackId, String privateMetadata,
            String botId, JsonObject stateValues) {
        JsonObject view = object("id", viewId, "team_id", teamId, "type", "modal", "callback_id", callbackId,
                "private_metadata", privateMetadata, "hash", "hash-" + viewId, "root_view_id", viewId,
                "app_id", APP_ID, "bot_id", botId);
        view.add("blocks", new JsonArray());
        view.add("title", object("type", "plain_text", "text", "Convene"));
        JsonObject state = new JsonObject();
        state.add("values", stateValues);
        view.add("state", state);
        return view;
    }

    /** An Events API callback wrapping one event, with the authorization Bolt reads the team from. */
    static JsonObject eventCallback(String teamId, String botUserId, String eventId, long eventTime,
            JsonObject event) {
        JsonObject callback = object("token", VERIFICATION_TOKEN, "team_id", teamId, "api_app_id", APP_ID,
                "type", "event_callback", "event_id", eventId);
        callback.add("event", event);
        callback.addProperty("event_time", eventTime);
        JsonObject authorization = object("team_id", teamId, "user_id", botUserId);
        authorization.addProperty("is_bot", true);
        authorization.addProperty("is_enterprise_install", false);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization);
        callback.add("authorizations", authorizations);
        return callback;
    }

    static String userName(String userId) {
        return "user-" + userId.toLowerCase(Locale.ROOT);
    }

    static String channelName(String channelId) {
        return "channel-" + channelId.toLowerCase(Locale.ROOT);
    }

    static JsonObject object(String... namesAndValues) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.addProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
