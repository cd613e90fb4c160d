package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The message side of Discord's REST API: channel messages, direct-message channels, interaction callbacks and the
 * interaction webhooks (follow-ups and {@code @original}). It keeps every message it created so later edits,
 * reads and deletes behave as on Discord, and answers a second acknowledgement of an interaction with 40060.
 */
final class MessageEndpoints {
    private final StandInUser bot;
    private final long applicationId;
    private final String attachmentUrlPrefix;
    private final StandInDirectory directory;
    private final InteractionRegistry interactions;
    private final Map<Long, DataObject> messages = new ConcurrentHashMap<>();

    MessageEndpoints(
            StandInUser bot,
            long applicationId,
            String attachmentUrlPrefix,
            StandInDirectory directory,
            InteractionRegistry interactions) {
        this.bot = requireNonNull(bot, "bot");
        this.applicationId = applicationId;
        this.attachmentUrlPrefix = requireNonNull(attachmentUrlPrefix, "attachmentUrlPrefix");
        this.directory = requireNonNull(directory, "directory");
        this.interactions = requireNonNull(interactions, "interactions");
    }

    void register(RestRoutes routes) {
        routes.add("POST", "/channels/{channelId}/messages", (request, path) -> createInChannel(request, path));
        routes.add("GET", "/channels/{channelId}/messages/{messageId}", (request, path) -> read(path));
        routes.add("PATCH", "/channels/{channelId}/messages/{messageId}", (request, path) -> edit(request, path));
        routes.add("DELETE", "/channels/{channelId}/messages/{messageId}", (request, path) -> delete(path));
        routes.add("POST", "/users/@me/channels", (request, path) -> openDirectMessage(request));
        routes.addTokenInPath(
                "POST", "/interactions/{interactionId}/{token}/callback", (request, path) -> callback(request, path));
        routes.addTokenInPath("POST", "/webhooks/{applicationId}/{token}", (request, path) -> followUp(request, path));
        routes.addTokenInPath(
                "GET",
                "/webhooks/{applicationId}/{token}/messages/{messageId}",
                (request, path) -> webhookMessage(path)
                        .map(RestAnswer::ok)
                        .orElseGet(MessageEndpoints::unknownMessage));
        routes.addTokenInPath(
                "PATCH",
                "/webhooks/{applicationId}/{token}/messages/{messageId}",
                (request, path) -> editWebhookMessage(request, path));
        routes.addTokenInPath(
                "DELETE",
                "/webhooks/{applicationId}/{token}/messages/{messageId}",
                (request, path) -> deleteWebhookMessage(path));
    }

    /** A copy of a message the stand-in holds. */
    Optional<DataObject> message(long messageId) {
        return Optional.ofNullable(messages.get(messageId)).map(MessageJson::copy);
    }

    /** Keeps a message made outside a request (such as the one a test's button sits under). */
    void remember(DataObject message) {
        messages.put(message.getUnsignedLong("id"), MessageJson.copy(message));
    }

    private RestAnswer createInChannel(RecordedRequest request, Map<String, String> path) {
        long channelId = Long.parseUnsignedLong(path.get("channelId"));
        DataObject message = create(request, channelId, directory.guildOf(channelId), 0, bodyOf(request));
        return RestAnswer.ok(message);
    }

    private RestAnswer read(Map<String, String> path) {
        return message(Long.parseUnsignedLong(path.get("messageId")))
                .map(RestAnswer::ok)
                .orElseGet(MessageEndpoints::unknownMessage);
    }

    private RestAnswer edit(RecordedRequest request, Map<String, String> path) {
        return editStored(request, Long.parseUnsignedLong(path.get("messageId")), bodyOf(request))
                .map(RestAnswer::ok)
                .orElseGet(MessageEndpoints::unknownMessage);
    }

    private RestAnswer delete(Map<String, String> path) {
        return messages.remove(Long.parseUnsignedLong(path.get("messageId"))) == null
                ? unknownMessage()
                : RestAnswer.noContent();
    }

    private RestAnswer openDirectMessage(RecordedRequest request) {
        StandInUser recipient = directory.user(request.bodyObject().getUnsignedLong("recipient_id"));
        long channelId = directory.directMessageChannel(recipient.id());
        return RestAnswer.ok(EntityJson.directMessageChannel(channelId, recipient));
    }

    private RestAnswer callback(RecordedRequest request, Map<String, String> path) {
        String token = path.get("token");
        Optional<SentInteraction> sent = interactions.byToken(token)
                .filter(interaction -> EntityJson.id(interaction.id()).equals(path.get("interactionId")));
        if (sent.isEmpty()) {
            return RestAnswer.error(404, 10062, "Unknown interaction");
        }
        if (!interactions.acknowledge(token)) {
            return RestAnswer.error(400, 40060, "Interaction has already been acknowledged.");
        }
        InteractionOrigin origin = sent.get().origin();
        DataObject body = request.bodyObject();
        DataObject data = body.optObject("data").orElseGet(DataObject::empty);
        switch (body.getInt("type")) {
            case 4 -> {
                DataObject reply = create(request, origin.channelId(), origin.guildId(), applicationId, data);
                interactions.setOriginal(token, reply.getUnsignedLong("id"));
            }
            case 5 -> {
                DataObject thinking = DataObject.empty().put("flags", data.getInt("flags", 0) | MessageJson.LOADING);
                DataObject reply = create(request, origin.channelId(), origin.guildId(), applicationId, thinking);
                interactions.setOriginal(token, reply.getUnsignedLong("id"));
            }
            case 7 -> editStored(request, sent.get().messageId(), data);
            default -> {
                // 6 (deferred update), 8 (autocomplete choices), 9 (modal): nothing to keep
            }
        }
        return RestAnswer.noContent();
    }

    private RestAnswer followUp(RecordedRequest request, Map<String, String> path) {
        Optional<SentInteraction> sent = interactionOf(path);
        if (sent.isEmpty()) {
            return RestAnswer.error(404, 10015, "Unknown Webhook");
        }
        InteractionOrigin origin = sent.get().origin();
        return RestAnswer.ok(create(request, origin.channelId(), origin.guildId(), applicationId, bodyOf(request)));
    }

    private RestAnswer editWebhookMessage(RecordedRequest request, Map<String, String> path) {
        return webhookMessageId(path)
                .flatMap(messageId -> editStored(request, messageId, bodyOf(request)))
                .map(RestAnswer::ok)
                .orElseGet(MessageEndpoints::unknownMessage);
    }

    private RestAnswer deleteWebhookMessage(Map<String, String> path) {
        return webhookMessageId(path).map(messages::remove).isPresent() ? RestAnswer.noContent() : unknownMessage();
    }

    private Optional<DataObject> webhookMessage(Map<String, String> path) {
        return webhookMessageId(path).flatMap(this::message);
    }

    private Optional<Long> webhookMessageId(Map<String, String> path) {
        if (interactionOf(path).isEmpty()) {
            return Optional.empty();
        }
        String messageId = path.get("messageId");
        return messageId.equals("@original")
                ? interactions.original(path.get("token"))
                : Optional.of(Long.parseUnsignedLong(messageId));
    }

    private Optional<SentInteraction> interactionOf(Map<String, String> path) {
        if (!path.get("applicationId").equals(EntityJson.id(applicationId))) {
            return Optional.empty();
        }
        return interactions.byToken(path.get("token"));
    }

    private DataObject create(
            RecordedRequest request, long channelId, long guildId, long messageApplicationId, DataObject sent) {
        long messageId = Snowflakes.next();
        DataObject message = MessageJson.create(
                messageId, channelId, guildId, bot, messageApplicationId, sent, attachments(request, sent, channelId));
        messages.put(messageId, message);
        return MessageJson.copy(message);
    }

    private Optional<DataObject> editStored(RecordedRequest request, long messageId, DataObject changes) {
        DataObject original = messages.get(messageId);
        if (original == null) {
            return Optional.empty();
        }
        DataObject edited = MessageJson.edit(original, changes, Snowflakes.next());
        if (!request.files().isEmpty()) {
            edited.put("attachments", DataArray.fromCollection(
                    attachments(request, changes, edited.getUnsignedLong("channel_id"))));
        }
        messages.put(messageId, edited);
        return Optional.of(MessageJson.copy(edited));
    }

    private List<DataObject> attachments(RecordedRequest request, DataObject sent, long channelId) {
        List<DataObject> attachments = new ArrayList<>();
        DataArray described = sent.optArray("attachments").orElseGet(DataArray::empty);
        for (RecordedFile file : request.files()) {
            long attachmentId = Snowflakes.next();
            String url = attachmentUrlPrefix + EntityJson.id(channelId) + "/" + EntityJson.id(attachmentId) + "/"
                    + file.filename();
            DataObject attachment = DataObject.empty()
                    .put("id", EntityJson.id(attachmentId))
                    .put("filename", file.filename())
                    .put("size", file.content().length)
                    .put("url", url)
                    .put("proxy_url", url)
                    .put("content_type", file.contentType().isEmpty() ? null : file.contentType());
            description(described, file).ifPresent(text -> attachment.put("description", text));
            attachments.add(attachment);
        }
        return attachments;
    }

    private static Optional<String> description(DataArray described, RecordedFile file) {
        String index = file.field().replaceAll("\\D", "");
        for (int position = 0; position < described.length(); position++) {
            DataObject attachment = described.getObject(position);
            if (attachment.getString("id", "").equals(index) && !attachment.isNull("description")) {
                return Optional.of(attachment.getString("description"));
            }
        }
        return Optional.empty();
    }

    private static DataObject bodyOf(RecordedRequest request) {
        return request.hasBody() ? request.bodyObject() : DataObject.empty();
    }

    private static RestAnswer unknownMessage() {
        return RestAnswer.error(404, 10008, "Unknown Message");
    }
}
