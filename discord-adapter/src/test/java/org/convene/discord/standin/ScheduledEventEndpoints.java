package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Guild scheduled events: creating, reading, editing and deleting them as Discord does, with the bot as creator
 * and status 1 (scheduled) until an edit changes it.
 */
final class ScheduledEventEndpoints {
    private static final Set<String> EDITABLE = Set.of(
            "name",
            "description",
            "scheduled_start_time",
            "scheduled_end_time",
            "privacy_level",
            "entity_type",
            "entity_metadata",
            "channel_id",
            "status");

    private final StandInUser bot;
    private final Map<Long, DataObject> events = new ConcurrentHashMap<>();

    ScheduledEventEndpoints(StandInUser bot) {
        this.bot = requireNonNull(bot, "bot");
    }

    void register(RestRoutes routes) {
        routes.add("POST", "/guilds/{guildId}/scheduled-events", (request, path) -> create(request, path));
        routes.add("GET", "/guilds/{guildId}/scheduled-events", (request, path) -> list(path));
        routes.add("GET", "/guilds/{guildId}/scheduled-events/{eventId}", (request, path) -> read(path));
        routes.add("PATCH", "/guilds/{guildId}/scheduled-events/{eventId}", (request, path) -> edit(request, path));
        routes.add("DELETE", "/guilds/{guildId}/scheduled-events/{eventId}", (request, path) -> delete(path));
    }

    private RestAnswer create(RecordedRequest request, Map<String, String> path) {
        long eventId = Snowflakes.next();
        DataObject event = DataObject.empty()
                .put("id", EntityJson.id(eventId))
                .put("guild_id", path.get("guildId"))
                .put("channel_id", null)
                .put("creator_id", EntityJson.id(bot.id()))
                .put("creator", EntityJson.user(bot))
                .put("description", null)
                .put("scheduled_end_time", null)
                .put("privacy_level", 2)
                .put("status", 1)
                .put("entity_id", null)
                .put("entity_metadata", null)
                .put("user_count", 0)
                .put("image", null);
        copyEditable(request.bodyObject(), event);
        events.put(eventId, event);
        return RestAnswer.ok(MessageJson.copy(event));
    }

    private RestAnswer list(Map<String, String> path) {
        DataArray inGuild = DataArray.empty();
        events.values().stream()
                .filter(event -> event.getString("guild_id").equals(path.get("guildId")))
                .forEach(event -> inGuild.add(MessageJson.copy(event)));
        return RestAnswer.json(200, inGuild);
    }

    private RestAnswer read(Map<String, String> path) {
        DataObject event = find(path);
        return event == null ? unknownEvent() : RestAnswer.ok(MessageJson.copy(event));
    }

    private RestAnswer edit(RecordedRequest request, Map<String, String> path) {
        DataObject event = find(path);
        if (event == null) {
            return unknownEvent();
        }
        DataObject edited = MessageJson.copy(event);
        copyEditable(request.bodyObject(), edited);
        events.put(edited.getUnsignedLong("id"), edited);
        return RestAnswer.ok(MessageJson.copy(edited));
    }

    private RestAnswer delete(Map<String, String> path) {
        return find(path) != null && events.remove(Long.parseUnsignedLong(path.get("eventId"))) != null
                ? RestAnswer.noContent()
                : unknownEvent();
    }

    private DataObject find(Map<String, String> path) {
        DataObject event = events.get(Long.parseUnsignedLong(path.get("eventId")));
        return event != null && event.getString("guild_id").equals(path.get("guildId")) ? event : null;
    }

    private static void copyEditable(DataObject from, DataObject to) {
        for (String key : from.keys()) {
            if (EDITABLE.contains(key)) {
                to.put(key, from.opt(key).orElse(null));
            }
        }
    }

    private static RestAnswer unknownEvent() {
        return RestAnswer.error(404, 10070, "Unknown Guild Scheduled Event");
    }
}
