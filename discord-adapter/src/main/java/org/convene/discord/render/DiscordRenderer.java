package org.convene.discord.render;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.convene.core.reply.Attachment;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;

/**
 * Renders a reply as a Discord message: the text as content, one embed per card, the cards' buttons as action rows,
 * an attachment as a file; ephemeral when private; a failure as plain ephemeral text. No message may ping anyone.
 */
public final class DiscordRenderer {

    static final int CONTENT_LIMIT = 2000;
    static final int EMBED_LIMIT = 10;
    static final int TOTAL_EMBED_CHARACTERS = 6000;

    /** The reply as the asker (or, for a public reply, everyone) should see it. */
    public RenderedMessage render(Reply reply) {
        if (reply.failed()) {
            return new RenderedMessage(base(reply).build(), true);
        }
        return new RenderedMessage(full(reply, true), reply.visibility() == Reply.Visibility.PRIVATE);
    }

    /** The reply for a message everyone sees, such as an announcement: no field meant for one viewer. */
    public RenderedMessage renderPublic(Reply reply) {
        return new RenderedMessage(full(reply, false), false);
    }

    /** The reply as a direct message to its one reader: with the fields meant for them, such as their link. */
    public RenderedMessage renderDirect(Reply reply) {
        return new RenderedMessage(full(reply, true), false);
    }

    /** One card's embed, for refreshing a message in place. */
    public MessageEmbed embed(Card card, boolean personal) {
        return CardEmbeds.embed(card, personal);
    }

    private net.dv8tion.jda.api.utils.messages.MessageCreateData full(Reply reply, boolean personal) {
        MessageCreateBuilder builder = base(reply);
        List<Card> cards = reply.cards().stream().limit(EMBED_LIMIT).toList();
        List<MessageEmbed> embeds = new java.util.ArrayList<>();
        int total = 0;
        for (Card card : cards) {
            MessageEmbed embed = CardEmbeds.embed(card, personal);
            total += embed.getLength();
            if (total > TOTAL_EMBED_CHARACTERS) {
                break;
            }
            embeds.add(embed);
        }
        builder.setEmbeds(embeds).setComponents(CardButtons.rows(cards.subList(0, embeds.size())));
        reply.attachment().ifPresent(file -> builder.setFiles(upload(file)));
        if (builder.isEmpty()) {
            builder.setContent("Done.");
        }
        return builder.build();
    }

    private static MessageCreateBuilder base(Reply reply) {
        String content = DiscordMarkdown.truncate(DiscordMarkdown.write(reply.text()), CONTENT_LIMIT);
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .setContent(content);
        if (reply.failed() && content.isBlank()) {
            builder.setContent("That did not work.");
        }
        return builder;
    }

    private static FileUpload upload(Attachment file) {
        return FileUpload.fromData(file.content().getBytes(StandardCharsets.UTF_8), file.fileName());
    }
}
