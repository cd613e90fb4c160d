package org.convene.slack.standin;

import static java.util.Objects.requireNonNull;
import static org.convene.slack.standin.SlackPayloads.object;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the requests Slack sends to an app, shaped as Slack shapes them and signed as Slack signs them:
 * {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:{timestamp}:{body}"))}, with the timestamp
 * in epoch seconds from the injected clock (so a test can sign with an old one).
 */
public final class SignedRequests {

    public static final String APP_ID = SlackPayloads.APP_ID;
    public static final String VERIFICATION_TOKEN = SlackPayloads.VERIFICATION_TOKEN;

    /** The user who acts and the channel they act in. */
    public record Origin(String userId, String channelId) {
    }

    /** One element of a block action's {@code actions}: a button's action id, its block id and value. */
    public record Action(String actionId, String blockId, String value) {
    }

    private final String signingSecret;
    private final String teamId;
    private final String botUserId;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public SignedRequests(String signingSecret, String teamId, String botUserId, Clock clock) {
        this.signingSecret = requireNonNull(signingSecret, "signingSecret");
        this.teamId = requireNonNull(teamId, "teamId");
        this.botUserId = requireNonNull(botUserId, "botUserId");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A slash command, form-encoded as Slack posts it; an empty text reaches Bolt's payload as null. */
    public SignedRequest slashCommand(Origin origin, String command, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", VERIFICATION_TOKEN);
        form.put("team_id", teamId);
        form.put("team_domain", SlackPayloads.TEAM_DOMAIN);
        form.put("channel_id", origin.channelId());
        form.put("channel_name", SlackPayloads.channelName(origin.channelId()));
        form.put("user_id", origin.userId());
        form.put("user_name", SlackPayloads.userName(origin.userId()));
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId());
        return signForm(form);
    }

    /** A click on a button of a message the bot posted: {@code payload=} JSON of type block_actions. */
    public SignedRequest blockAction(Origin origin, String messageTs, Action action, String responseUrl) {
        JsonObject payload = SlackPayloads.interaction("block_actions", teamId, origin.userId(), triggerId());
        SlackPayloads.blockAction(payload, origin, messageTs, botUserId, action, timestamp() + ".000100",
                responseUrl);
        return signForm(Map.of("payload", payload.toString()));
    }

    /**
     * The submission of a modal: {@code payload=} JSON of type view_submission, where {@code stateValues}
     * is {@code view.state.values} (block id to action id to element state), e.g. {@link #plainTextValues(Map)}.
     */
    public SignedRequest viewSubmission(String userId, String callbackId, String privateMetadata,
            JsonObject stateValues) {
        return viewSubmission(userId, "V" + sequence.incrementAndGet(), callbackId, privateMetadata, stateValues);
    }

    /** The submission of the modal with this view id (and so its hash), e.g. to submit one view twice. */
    public SignedRequest viewSubmission(String userId, String viewId, String callbackId, String privateMetadata,
            JsonObject stateValues) {
        JsonObject payload = SlackPayloads.interaction("view_submission", teamId, userId, triggerId());
        payload.add("view", SlackPayloads.modalView(viewId, teamId, callbackId, privateMetadata, "B" + botUserId,
                stateValues));
        payload.add("response_urls", new JsonArray());
        return signForm(Map.of("payload", payload.toString()));
    }

    /** {@code view.state.values} of plain text inputs: block id to action id to the text typed. */
    public static JsonObject plainTextValues(Map<String, Map<String, String>> textByBlockAndAction) {
        JsonObject values = new JsonObject();
        textByBlockAndAction.forEach((blockId, inputs) -> {
            JsonObject block = new JsonObject();
            inputs.forEach((actionId, text) -> block.add(actionId, object("type", "plain_text_input", "value", text)));
            values.add(blockId, block);
        });
        return values;
    }

    /** The Events API callback sent when a user opens the app's Home tab; a JSON body, not a form. */
    public SignedRequest appHomeOpened(String userId) {
        String now = timestamp();
        JsonObject event = object("type", "app_home_opened", "user", userId,
                "channel", SlackStandIn.directMessageChannelOf(userId), "tab", "home", "event_ts", now + ".000200");
        JsonObject callback = SlackPayloads.eventCallback(teamId, botUserId, "Ev" + sequence.incrementAndGet(),
                Long.parseLong(now), event);
        return sign(callback.toString(), "application/json");
    }

    /** Form-encodes the fields in order (a null value as empty) and signs the result. */
    public SignedRequest signForm(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return sign(body, "application/x-www-form-urlencoded");
    }

    /** Signs a body as it is, at the clock's current time. */
    public SignedRequest sign(String body, String contentType) {
        String timestamp = timestamp();
        return new SignedRequest(body, contentType, timestamp, signature(timestamp, body));
    }

    /** {@code v0=} and the hex HMAC-SHA256 of {@code v0:{timestamp}:{body}} with the signing secret. */
    public String signature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private String timestamp() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    private String triggerId() {
        return sequence.incrementAndGet() + ".4242." + Long.toHexString(clock.millis());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
