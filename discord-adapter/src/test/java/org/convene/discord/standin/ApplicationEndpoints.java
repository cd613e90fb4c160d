package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The bot's own corner of Discord's REST API: {@code /users/@me}, the gateway address, and application command
 * registration, whose bodies it echoes back as command objects with ids (the same id each time a name comes back).
 */
final class ApplicationEndpoints {
    private final StandInUser bot;
    private final long applicationId;
    private final String gatewayUrl;
    private final Map<String, Long> commandIds = new ConcurrentHashMap<>();
    private final Map<Long, DataArray> commandsByGuild = new ConcurrentHashMap<>();

    ApplicationEndpoints(StandInUser bot, long applicationId, String gatewayUrl) {
        this.bot = requireNonNull(bot, "bot");
        this.applicationId = applicationId;
        this.gatewayUrl = requireNonNull(gatewayUrl, "gatewayUrl");
    }

    void register(RestRoutes routes) {
        routes.add("GET", "/users/@me", (request, path) -> RestAnswer.ok(EntityJson.selfUser(bot)));
        routes.add("GET", "/gateway", (request, path) -> RestAnswer.ok(DataObject.empty().put("url", gatewayUrl)));
        routes.add("GET", "/gateway/bot", (request, path) -> RestAnswer.ok(gatewayBot()));
        routes.add("PUT", "/applications/{applicationId}/commands", (request, path) -> replace(request, path, 0));
        routes.add("GET", "/applications/{applicationId}/commands", (request, path) -> list(path, 0));
        routes.add("POST", "/applications/{applicationId}/commands", (request, path) -> upsert(request, path, 0));
        routes.add(
                "PUT",
                "/applications/{applicationId}/guilds/{guildId}/commands",
                (request, path) -> replace(request, path, Long.parseUnsignedLong(path.get("guildId"))));
        routes.add(
                "GET",
                "/applications/{applicationId}/guilds/{guildId}/commands",
                (request, path) -> list(path, Long.parseUnsignedLong(path.get("guildId"))));
        routes.add(
                "POST",
                "/applications/{applicationId}/guilds/{guildId}/commands",
                (request, path) -> upsert(request, path, Long.parseUnsignedLong(path.get("guildId"))));
    }

    /** The id of the command with this name: the registered one, or one fixed now for a later registration. */
    long commandId(String name) {
        return commandIds.computeIfAbsent(name, unused -> Snowflakes.next());
    }

    private DataObject gatewayBot() {
        DataObject limit = DataObject.empty()
                .put("total", 1000)
                .put("remaining", 1000)
                .put("reset_after", 0)
                .put("max_concurrency", 1);
        return DataObject.empty().put("url", gatewayUrl).put("shards", 1).put("session_start_limit", limit);
    }

    private RestAnswer replace(RecordedRequest request, Map<String, String> path, long guildId) {
        Optional<RestAnswer> refusal = refuseOtherApplication(path);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        DataArray sent = request.bodyArray();
        DataArray registered = DataArray.empty();
        for (int index = 0; index < sent.length(); index++) {
            registered.add(command(sent.getObject(index), guildId));
        }
        commandsByGuild.put(guildId, registered);
        return RestAnswer.json(200, registered);
    }

    private RestAnswer list(Map<String, String> path, long guildId) {
        return refuseOtherApplication(path)
                .orElseGet(() -> RestAnswer.json(200, commandsByGuild.getOrDefault(guildId, DataArray.empty())));
    }

    private RestAnswer upsert(RecordedRequest request, Map<String, String> path, long guildId) {
        return refuseOtherApplication(path)
                .orElseGet(() -> RestAnswer.json(201, command(request.bodyObject(), guildId)));
    }

    private DataObject command(DataObject sent, long guildId) {
        DataObject command = MessageJson.copy(sent)
                .put("id", EntityJson.id(commandId(sent.getString("name"))))
                .put("application_id", EntityJson.id(applicationId))
                .put("version", EntityJson.id(Snowflakes.next()));
        if (command.isNull("type")) {
            command.put("type", 1);
        }
        if (command.isNull("description")) {
            command.put("description", "");
        }
        if (guildId != 0) {
            command.put("guild_id", EntityJson.id(guildId));
        }
        return command;
    }

    private Optional<RestAnswer> refuseOtherApplication(Map<String, String> path) {
        return path.get("applicationId").equals(EntityJson.id(applicationId))
                ? Optional.empty()
                : Optional.of(RestAnswer.error(404, 10002, "Unknown Application"));
    }
}
