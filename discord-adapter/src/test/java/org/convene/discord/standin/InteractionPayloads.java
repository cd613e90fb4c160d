package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Builds INTERACTION_CREATE payloads shaped like Discord's, with every field JDA 6.5 reads: id, application_id,
 * type, version, token, locale, channel_id, the channel (with the member's permissions), authorizing integration
 * owners, context, and either guild_id, a partial guild and the member, or the user in a direct message.
 */
final class InteractionPayloads {
    static final int COMMAND = 2;
    static final int COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;

    private static final int BUTTON = 2;
    private static final int ACTION_ROW = 1;
    private static final int TEXT_INPUT = 4;
    private static final int LABEL = 18;
    private static final int GUILD_INSTALL = 0;
    private static final int CONTEXT_GUILD = 0;
    private static final int CONTEXT_BOT_DIRECT_MESSAGE = 1;

    private final long applicationId;
    private final StandInUser bot;

    InteractionPayloads(long applicationId, StandInUser bot) {
        this.applicationId = applicationId;
        this.bot = requireNonNull(bot, "bot");
    }

    /** The fields every interaction has; the caller adds {@code data} and, for components, {@code message}. */
    DataObject base(long id, String token, int type, InteractionOrigin origin) {
        DataObject payload = DataObject.empty()
                .put("id", EntityJson.id(id))
                .put("application_id", EntityJson.id(applicationId))
                .put("type", type)
                .put("version", 1)
                .put("token", token)
                .put("locale", origin.locale())
                .put("channel_id", EntityJson.id(origin.channelId()))
                .put("app_permissions", EntityJson.id(StandInGuild.MEMBER_PERMISSIONS | StandInGuild.BOT_PERMISSIONS))
                .put("entitlements", DataArray.empty())
                .put("attachment_size_limit", 10 * 1024 * 1024);
        if (origin.isDirectMessage()) {
            return payload.put("user", EntityJson.user(origin.user()))
                    .put("channel", EntityJson.directMessageChannel(origin.channelId(), origin.user()))
                    .put("context", CONTEXT_BOT_DIRECT_MESSAGE)
                    .put("authorizing_integration_owners",
                            DataObject.empty().put(Integer.toString(GUILD_INSTALL), "0"));
        }
        DataObject channel = EntityJson.textChannel(origin.channelId(), origin.channelName(), origin.guildId(), 0)
                .put("permissions", EntityJson.id(origin.permissions()));
        return payload.put("guild_id", EntityJson.id(origin.guildId()))
                .put("guild_locale", "en-US")
                .put("guild", DataObject.empty()
                        .put("id", EntityJson.id(origin.guildId()))
                        .put("locale", "en-US")
                        .put("features", DataArray.empty()))
                .put("member", EntityJson.interactionMember(origin))
                .put("channel", channel)
                .put("context", CONTEXT_GUILD)
                .put("authorizing_integration_owners",
                        DataObject.empty().put(Integer.toString(GUILD_INSTALL), EntityJson.id(origin.guildId())));
    }

    DataObject command(long id, String token, InteractionOrigin origin, SlashCommand command, long commandId) {
        int type = command.hasFocusedOption() ? AUTOCOMPLETE : COMMAND;
        return base(id, token, type, origin).put("data", command.toData(commandId, origin));
    }

    DataObject buttonClick(long id, String token, InteractionOrigin origin, String customId, DataObject message) {
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", BUTTON);
        return base(id, token, COMPONENT, origin).put("data", data).put("message", message);
    }

    DataObject modalSubmit(
            long id, String token, InteractionOrigin origin, String modalId, Map<String, String> values) {
        DataArray labels = DataArray.empty();
        int componentId = 1;
        for (Map.Entry<String, String> field : values.entrySet()) {
            DataObject input = DataObject.empty()
                    .put("type", TEXT_INPUT)
                    .put("id", componentId + 1)
                    .put("custom_id", field.getKey())
                    .put("value", field.getValue());
            labels.add(DataObject.empty().put("type", LABEL).put("id", componentId).put("component", input));
            componentId += 2;
        }
        DataObject data = DataObject.empty().put("custom_id", modalId).put("components", labels);
        return base(id, token, MODAL_SUBMIT, origin).put("data", data);
    }

    /** A message by the bot in the origin's channel with one row holding one button. */
    DataObject botMessageWithButton(InteractionOrigin origin, String customId, String label) {
        DataObject button = DataObject.empty()
                .put("type", BUTTON)
                .put("id", 2)
                .put("style", 1)
                .put("label", label)
                .put("custom_id", customId);
        DataObject row = DataObject.empty()
                .put("type", ACTION_ROW)
                .put("id", 1)
                .put("components", DataArray.empty().add(button));
        DataObject sent = DataObject.empty()
                .put("content", "")
                .put("components", DataArray.empty().add(row));
        return MessageJson.create(
                Snowflakes.next(), origin.channelId(), origin.guildId(), bot, 0, sent, List.of());
    }
}
