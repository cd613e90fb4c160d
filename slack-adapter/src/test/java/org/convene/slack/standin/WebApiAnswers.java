package org.convene.slack.standin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers Web API methods the way Slack does for a single workspace with one bot: {@code auth.test},
 * chat, views, {@code users.info}, {@code conversations.open} and files upload v2 ({@code files.getUploadURLExternal},
 * the upload itself, {@code files.completeUploadExternal}); anything else gets {@code ok:true}.
 * Answers scripted for a method's next calls take precedence, in order.
 */
final class WebApiAnswers {

    private record Roles(boolean admin, boolean owner) {
    }

    private final SlackStandIn.Workspace workspace;
    private final Map<String, Deque<StandInAnswer>> scripted = new HashMap<>();
    private final Map<String, Roles> userRoles = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final FileUploads files;
    private volatile SocketModeLink socketMode;

    /** The app-level token Socket Mode connects with, and where {@code apps.connections.open} sends it. */
    record SocketModeLink(String appToken, Supplier<String> url) {
    }

    WebApiAnswers(SlackStandIn.Workspace workspace, String uploadUrlPrefix) {
        this.workspace = workspace;
        this.files = new FileUploads(uploadUrlPrefix);
    }

    /** Keeps the bytes uploaded for a file id; false for an id no upload URL was given for. */
    boolean upload(String fileId, byte[] bytes) {
        return files.upload(fileId, bytes);
    }

    byte[] uploaded(String fileId) {
        return files.uploaded(fileId);
    }

    synchronized void script(String method, StandInAnswer answer) {
        scripted.computeIfAbsent(method, key -> new ArrayDeque<>()).add(answer);
    }

    void openSocketModeWith(SocketModeLink link) {
        socketMode = link;
    }

    void setUser(String userId, boolean admin, boolean owner) {
        userRoles.put(userId, new Roles(admin, owner));
    }

    StandInAnswer answer(String method, JsonObject params, String authorization) {
        StandInAnswer next = nextScripted(method);
        if (next != null) {
            return next;
        }
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : text(params, "token");
        if (token == null || token.isEmpty()) {
            return StandInAnswer.error("not_authed");
        }
        if (method.equals("apps.connections.open")) {
            SocketModeLink link = socketMode;
            return link != null && token.equals(link.appToken()) ? StandInAnswer.ok(fields("url", link.url().get()))
                    : StandInAnswer.error("invalid_auth");
        }
        if (!token.equals(workspace.botToken())) {
            return StandInAnswer.error("invalid_auth");
        }
        return switch (method) {
            case "auth.test" -> StandInAnswer.ok(authTest());
            case "chat.postMessage" -> postMessage(params);
            case "chat.update" -> StandInAnswer.ok(fields("channel", text(params, "channel"),
                    "ts", text(params, "ts"), "text", text(params, "text")));
            case "chat.postEphemeral" -> StandInAnswer.ok(fields("message_ts", nextTs()));
            case "views.open", "views.update", "views.publish" -> view(method, params);
            case "users.info" -> StandInAnswer.ok(user(text(params, "user")));
            case "conversations.open" -> conversationsOpen(params);
            case "files.getUploadURLExternal" -> files.uploadUrl(text(params, "filename"), text(params, "length"));
            case "files.completeUploadExternal" -> files.complete(text(params, "files"), text(params, "channel_id"));
            default -> StandInAnswer.ok(new JsonObject());
        };
    }

    private synchronized StandInAnswer nextScripted(String method) {
        Deque<StandInAnswer> answers = scripted.get(method);
        return answers == null ? null : answers.poll();
    }

    private JsonObject authTest() {
        return fields("url", "https://" + workspace.teamDomain() + ".slack.com/", "team", "Convene Stand-in",
                "user", "convene", "team_id", workspace.teamId(), "user_id", workspace.botUserId(),
                "bot_id", workspace.botId());
    }

    private StandInAnswer postMessage(JsonObject params) {
        String channel = text(params, "channel");
        if (channel == null || channel.isEmpty()) {
            return StandInAnswer.error("channel_not_found");
        }
        if (channel.startsWith("U") || channel.startsWith("W")) {
            channel = SlackStandIn.directMessageChannelOf(channel);
        }
        String ts = nextTs();
        JsonObject message = fields("type", "message", "text", text(params, "text"),
                "user", workspace.botUserId(), "bot_id", workspace.botId(), "ts", ts);
        JsonObject body = fields("channel", channel, "ts", ts);
        body.add("message", message);
        return StandInAnswer.ok(body);
    }

    private StandInAnswer view(String method, JsonObject params) {
        JsonObject view;
        try {
            view = JsonParser.parseString(text(params, "view")).getAsJsonObject();
        } catch (RuntimeException e) {
            return StandInAnswer.error("invalid_arguments");
        }
        String viewId = method.equals("views.update") && text(params, "view_id") != null
                ? text(params, "view_id") : "V" + sequence.incrementAndGet();
        view.addProperty("id", viewId);
        view.addProperty("team_id", workspace.teamId());
        view.addProperty("app_id", workspace.appId());
        view.addProperty("bot_id", workspace.botId());
        view.addProperty("hash", "hash-" + sequence.incrementAndGet());
        JsonObject body = new JsonObject();
        body.add("view", view);
        return StandInAnswer.ok(body);
    }

    private JsonObject user(String userId) {
        Roles roles = userRoles.getOrDefault(userId, new Roles(false, false));
        JsonObject user = fields("id", userId, "team_id", workspace.teamId(), "name", "user-" + userId,
                "real_name", "User " + userId, "tz", "America/New_York");
        user.addProperty("is_admin", roles.admin());
        user.addProperty("is_owner", roles.owner());
        user.addProperty("is_bot", false);
        user.addProperty("deleted", false);
        JsonObject body = new JsonObject();
        body.add("user", user);
        return body;
    }

    private StandInAnswer conversationsOpen(JsonObject params) {
        String users = text(params, "users");
        String channelId = users != null && !users.isEmpty() && !users.contains(",")
                ? SlackStandIn.directMessageChannelOf(users) : "G" + sequence.incrementAndGet();
        JsonObject body = new JsonObject();
        body.add("channel", fields("id", channelId));
        return StandInAnswer.ok(body);
    }

    private String nextTs() {
        return String.format("1767225600.%06d", sequence.incrementAndGet());
    }

    private static String text(JsonObject params, String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    private static JsonObject fields(String... namesAndValues) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.addProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
