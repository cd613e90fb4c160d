package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.LongPredicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The gateway payloads the stand-in sends on its own: HELLO, READY (with the bot user, the application, the
 * configured guilds as unavailable stubs, no private channels, a session id and the resume URL) and a GUILD_CREATE
 * per configured guild; with shards, only the guilds of the session's shard.
 */
final class GatewayPayloads {
    static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private final StandInUser bot;
    private final long applicationId;
    private final List<StandInGuild> guilds;

    GatewayPayloads(StandInUser bot, long applicationId, List<StandInGuild> guilds) {
        this.bot = requireNonNull(bot, "bot");
        this.applicationId = applicationId;
        this.guilds = List.copyOf(guilds);
    }

    DataObject hello() {
        return DataObject.empty()
                .put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS)
                .put("_trace", DataArray.empty().add("discord-stand-in"));
    }

    DataObject ready(String sessionId, String resumeUrl) {
        return ready(sessionId, resumeUrl, guildId -> true);
    }

    DataObject ready(String sessionId, String resumeUrl, LongPredicate carried) {
        DataArray unavailableGuilds = DataArray.empty();
        guilds.stream().filter(guild -> carried.test(guild.id())).forEach(guild -> unavailableGuilds.add(
                DataObject.empty().put("id", EntityJson.id(guild.id())).put("unavailable", true)));
        return DataObject.empty()
                .put("v", 10)
                .put("user", EntityJson.selfUser(bot))
                .put("application", DataObject.empty().put("id", EntityJson.id(applicationId)).put("flags", 0))
                .put("guilds", unavailableGuilds)
                .put("private_channels", DataArray.empty())
                .put("relationships", DataArray.empty())
                .put("presences", DataArray.empty())
                .put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeUrl)
                .put("_trace", DataArray.empty().add("discord-stand-in"));
    }

    List<DataObject> guildCreates() {
        return guildCreates(guildId -> true);
    }

    List<DataObject> guildCreates(LongPredicate carried) {
        return guilds.stream().filter(guild -> carried.test(guild.id())).map(guild -> EntityJson.guildCreate(guild, bot)).toList();
    }
}
