package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.convene.core.reply.Attachment;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.render.RenderedMessage;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {

    private static final Pattern MARKDOWN_LINE = Pattern.compile("^\\s*(#{1,3} |-# |[-*+] |\\d+\\. |>)");
    private static final Pattern MASKED_LINK = Pattern.compile("(?<!\\\\)\\[[^\\]]*(?<!\\\\)]\\(");

    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void userTextCannotPingOrInjectMarkdownAndTimesShowInEachViewersZone() {
        Instant start = Instant.parse("2026-12-03T23:00:00Z");
        Reply reply = Reply.of(Text.builder().plain("@everyone **free pizza** <@123> <@&456> <#789> @here ")
                .time(start).plain(" until ").timeOfDay(start.plusSeconds(7200)).build());

        String content = renderer.render(reply).message().getContent();

        assertThat(content).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@123>")
                .doesNotContain("<@&456>").doesNotContain("<#789>").doesNotContain("**free")
                .contains("\\*\\*free pizza\\*\\*")
                .contains("<t:1796338800:F>").contains("<t:1796346000:t>");
    }

    @Test
    void typedMaskedLinksHeadingsSubtextAndListsShowAsTheTextTyped() {
        String title = "# Big news [click](https://evil.example)";
        String description = "# Heading\n## Sub\n-# small print\n- item\n* star\n+ plus\n  1. first\n> quote\n"
                + "[masked](https://evil.example) <t:1796338800:F> a\\*b C# -1";
        String groupName = "### Club [x](https://e.example)";
        Card card = new Card(title, Text.of(description), List.of(new Field("Group", Text.of(groupName))),
                List.of(), 42);

        MessageEmbed embed = renderer.render(Reply.of(Text.of(description)).withCard(card)).message().getEmbeds()
                .getFirst();

        assertThat(List.of(embed.getTitle(), embed.getDescription(), embed.getFields().getFirst().getValue()))
                .allSatisfy(shown -> assertThat(shown.lines()).noneMatch(line -> MARKDOWN_LINE.matcher(line).find()))
                .allSatisfy(shown -> assertThat(MASKED_LINK.matcher(shown).find()).isFalse())
                .allSatisfy(shown -> assertThat(shown).doesNotContainPattern("(?<!\\\\)<t:"));
        assertThat(asDiscordShows(embed.getTitle())).isEqualTo(title);
        assertThat(asDiscordShows(embed.getDescription())).isEqualTo(description);
        assertThat(asDiscordShows(embed.getFields().getFirst().getValue())).isEqualTo(groupName);
    }

    /** What Discord shows for markdown text: a backslash before punctuation shows that character alone. */
    private static String asDiscordShows(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1").replace("\u200B", "");
    }

    @Test
    void aPrivateReplyIsEphemeralAndAFailureIsPlainEphemeralText() {
        Reply failure = Reply.failure("No group called a11y.").withCard(Card.of("ignored", Text.of("x")));

        RenderedMessage rendered = renderer.render(failure);

        assertThat(rendered.ephemeral()).isTrue();
        assertThat(rendered.message().getContent()).isEqualTo("No group called a11y.");
        assertThat(rendered.message().getEmbeds()).isEmpty();
        assertThat(renderer.render(Reply.text("hi").publicly()).ephemeral()).isFalse();
    }

    @Test
    void cardsBecomeEmbedsWithinDiscordsLimitsAndButtonsCarryTheirCommand() {
        List<Field> fields = new ArrayList<>();
        for (int index = 0; index < 30; index++) {
            fields.add(new Field("Field " + index, Text.of(index == 0 ? "x".repeat(3000) : "short")));
        }
        Card card = new Card("T".repeat(300), Text.of("d".repeat(5000)), fields,
                List.of(new Button("Going", "rsvp 42 going", Button.Style.PRIMARY),
                        new Button("Can't go", "rsvp 42 no", Button.Style.DANGER)), 42);
        Reply reply = Reply.of(Text.of("c".repeat(2500))).withCard(card)
                .withAttachment(new Attachment("attendees.csv", "text/csv", "member,answer\n"));

        MessageCreateData message = renderer.render(reply).message();

        assertThat(message.getContent()).hasSize(2000).endsWith("…");
        MessageEmbed embed = message.getEmbeds().getFirst();
        assertThat(embed.getTitle()).hasSize(256).endsWith("…");
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
        assertThat(embed.getFields()).hasSize(25);
        assertThat(embed.getFields().getFirst().getValue()).hasSize(1024);
        assertThat(embed.getFields().getFirst().isInline()).isFalse();
        assertThat(embed.getFields().get(1).isInline()).isTrue();
        assertThat(embed.getFooter().getText()).startsWith("Event #42");
        assertThat(message.getComponents()).singleElement().satisfies(row ->
                assertThat(((ActionRow) row).getButtons()).extracting(button -> button.getCustomId())
                        .containsExactly("rsvp 42 going", "rsvp 42 no"));
        assertThat(message.getFiles()).singleElement().satisfies(file ->
                assertThat(file.getName()).isEqualTo("attendees.csv"));
        assertThat(message.getAllowedMentions()).isEmpty();
    }
}
