package org.convene.discord.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;

/**
 * Draws a card as an embed within Discord's limits; an event card's footer names its event, so a click on a button
 * below can find the embed to refresh.
 */
public final class CardEmbeds {

    static final int TITLE_LIMIT = 256;
    static final int DESCRIPTION_LIMIT = 4096;
    static final int FIELD_LIMIT = 25;
    static final int FIELD_NAME_LIMIT = 256;
    static final int FIELD_VALUE_LIMIT = 1024;
    static final int INLINE_WIDTH = 40;

    private static final Pattern FOOTER = Pattern.compile("Event #(\\d+)");

    private CardEmbeds() {
    }

    /** The embed for a card; {@code personal} false leaves out the fields meant for the viewer alone. */
    public static MessageEmbed embed(Card card, boolean personal) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(DiscordMarkdown.truncate(DiscordMarkdown.escape(card.title()), TITLE_LIMIT));
        String body = DiscordMarkdown.write(card.body());
        if (!body.isBlank()) {
            embed.setDescription(DiscordMarkdown.truncate(body, DESCRIPTION_LIMIT));
        }
        card.fields().stream()
                .filter(field -> personal || !field.personal())
                .limit(FIELD_LIMIT)
                .forEach(field -> addField(embed, field));
        if (card.eventId() > 0) {
            embed.setFooter("Event #" + card.eventId() + " · /meetup event " + card.eventId());
        }
        return embed.build();
    }

    /** The event an embed shows, read from its footer. */
    public static Optional<Long> eventOf(MessageEmbed embed) {
        if (embed.getFooter() == null || embed.getFooter().getText() == null) {
            return Optional.empty();
        }
        Matcher matcher = FOOTER.matcher(embed.getFooter().getText());
        return matcher.lookingAt() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static void addField(EmbedBuilder embed, Field field) {
        String name = DiscordMarkdown.truncate(DiscordMarkdown.escape(field.name()), FIELD_NAME_LIMIT);
        String value = DiscordMarkdown.truncate(DiscordMarkdown.write(field.value()), FIELD_VALUE_LIMIT);
        embed.addField(name, value.isBlank() ? "—" : value, value.length() <= INLINE_WIDTH);
    }
}
