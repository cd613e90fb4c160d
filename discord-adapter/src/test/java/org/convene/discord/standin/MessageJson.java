package org.convene.discord.standin;

import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Builds the message objects the stand-in answers with from what JDA sent: the sent content, embeds, components
 * and flags, plus the fields Discord adds (id, author, timestamps, empty mention lists) that JDA needs to parse a
 * message.
 */
final class MessageJson {
    /** Message fields a create or edit request may set and that a message echoes. */
    /** The flag of a deferred reply's "thinking…" placeholder, which the first edit clears. */
    static final int LOADING = 1 << 7;

    private static final Set<String> ECHOED = Set.of("content", "embeds", "components", "flags", "tts", "poll");

    private MessageJson() {}

    /**
     * A new message.
     *
     * @param messageId the message id
     * @param channelId the channel it is in
     * @param guildId its guild, or 0 in a direct message
     * @param author who wrote it
     * @param applicationId the application for a webhook or interaction message, or 0
     * @param sent the create request's body (may be empty)
     * @param attachments the attachment objects for uploaded files
     */
    static DataObject create(
            long messageId,
            long channelId,
            long guildId,
            StandInUser author,
            long applicationId,
            DataObject sent,
            List<DataObject> attachments) {
        DataObject message = DataObject.empty()
                .put("id", EntityJson.id(messageId))
                .put("type", 0)
                .put("channel_id", EntityJson.id(channelId))
                .put("author", EntityJson.user(author))
                .put("content", "")
                .put("timestamp", EntityJson.timestampOf(messageId))
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.fromCollection(attachments))
                .put("embeds", DataArray.empty())
                .put("components", DataArray.empty())
                .put("pinned", false)
                .put("flags", 0);
        if (guildId != 0) {
            message.put("guild_id", EntityJson.id(guildId));
        }
        if (applicationId != 0) {
            message.put("application_id", EntityJson.id(applicationId))
                    .put("webhook_id", EntityJson.id(applicationId));
        }
        if (!sent.isNull("nonce")) {
            message.put("nonce", sent.get("nonce"));
        }
        return merge(message, sent);
    }

    /** The message after an edit: the fields the edit sets replace the old ones, and it is marked as edited. */
    static DataObject edit(DataObject original, DataObject edit, long editId) {
        DataObject edited = merge(copy(original), edit);
        edited.put("edited_timestamp", EntityJson.timestampOf(editId));
        edited.put("flags", edited.getInt("flags", 0) & ~LOADING);
        return edited;
    }

    static DataObject copy(DataObject object) {
        return DataObject.fromJson(object.toString());
    }

    private static DataObject merge(DataObject message, DataObject changes) {
        for (String key : changes.keys()) {
            if (ECHOED.contains(key) && !changes.isNull(key)) {
                message.put(key, changes.get(key));
            }
        }
        // JDA's MessageEmbed#toData leaves out "type", but Discord always sends it and JDA needs it when parsing.
        message.optArray("embeds").ifPresent(embeds -> {
            for (int index = 0; index < embeds.length(); index++) {
                DataObject embed = embeds.getObject(index);
                if (embed.isNull("type")) {
                    embed.put("type", "rich");
                }
            }
        });
        return message;
    }
}
