package org.convene.discord.render;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** A reply as Discord will show it: the message, and whether only the asker sees it (ephemeral). */
public record RenderedMessage(MessageCreateData message, boolean ephemeral) {

    public RenderedMessage {
        requireNonNull(message, "message");
    }

    /** The same message as a replacement of an earlier one (content, embeds, buttons and files). */
    public MessageEditData edit() {
        return MessageEditData.fromCreateData(message);
    }
}
