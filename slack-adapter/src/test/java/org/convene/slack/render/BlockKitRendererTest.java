package org.convene.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {

    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void userTextCannotPingTheChannelOrInjectALink() {
        Reply reply = Reply.text("<!channel> @here <!everyone> <https://evil.example|click> & more");

        String lead = sectionText(renderer.blocks(reply).getFirst());

        assertThat(lead).isEqualTo("&lt;!channel&gt; @here &lt;!everyone&gt; &lt;https://evil.example|click&gt; &amp; more");
        assertThat(lead).doesNotContain("<!");
    }

    @Test
    void timesAreDateTokensEachViewerSeesInTheirOwnZone() {
        Instant start = Instant.parse("2026-12-03T23:00:00Z");

        String text = Mrkdwn.of(Text.builder().time(start).plain(" to ").timeOfDay(start.plusSeconds(3600)).build());

        assertThat(text).isEqualTo("<!date^1796338800^{date_short_pretty} {time}|2026-12-03T23:00:00Z> to "
                + "<!date^1796342400^{time}|2026-12-04T00:00:00Z>");
    }

    @Test
    void strongCodeAndLinksUseSlackFormattingWithEscapedLabels() {
        Text text = Text.builder().strong("Book <club>").plain(" ").code("/meetup rsvp 1").plain(" ")
                .link("a <b>|c", "https://example.org/x?a=1").build();

        assertThat(Mrkdwn.of(text)).isEqualTo("*Book &lt;club&gt;* `/meetup rsvp 1` <https://example.org/x?a=1|a &lt;b&gt;¦c>");
    }

    @Test
    void buttonsCarryTheirCommandAsActionIdAndValueWithStyles() {
        Card card = new Card("#42 Book club", Text.of("Bring the book"), List.of(),
                List.of(new Button("Going", "rsvp 42 going", Button.Style.PRIMARY),
                        new Button("Maybe", "rsvp 42 maybe", Button.Style.SECONDARY),
                        new Button("Can't go", "rsvp 42 no", Button.Style.DANGER)), 42);

        ActionsBlock actions = (ActionsBlock) renderer.card(card).getLast();

        assertThat(actions.getBlockId()).isEqualTo("event-42-actions-0");
        assertThat(actions.getElements()).map(ButtonElement.class::cast)
                .extracting(ButtonElement::getActionId, ButtonElement::getValue, ButtonElement::getStyle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rsvp 42 going", "rsvp 42 going", "primary"),
                        org.assertj.core.groups.Tuple.tuple("rsvp 42 maybe", "rsvp 42 maybe", null),
                        org.assertj.core.groups.Tuple.tuple("rsvp 42 no", "rsvp 42 no", "danger"));
    }

    @Test
    void overlongPartsAreTruncatedWithAnEllipsisInsteadOfFailing() {
        List<Field> fields = IntStream.range(0, 12).mapToObj(i -> new Field("F" + i, Text.of("v"))).toList();
        Card card = new Card("T".repeat(200), Text.of("b".repeat(4000)), fields,
                List.of(new Button("L".repeat(100), "help", Button.Style.SECONDARY)), 0);

        List<LayoutBlock> blocks = renderer.card(card);

        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).hasSize(150).endsWith("…");
        assertThat(sectionText(blocks.get(1))).hasSize(3000).endsWith("…");
        assertThat(((SectionBlock) blocks.get(2)).getFields()).hasSize(10);
        assertThat(((SectionBlock) blocks.get(3)).getFields()).hasSize(2);
        ButtonElement button = (ButtonElement) ((ActionsBlock) blocks.get(4)).getElements().getFirst();
        assertThat(button.getText().getText()).hasSize(75).endsWith("…");
    }

    @Test
    void aReplyNeverHasMoreThanFiftyBlocks() {
        List<Card> cards = IntStream.range(1, 30).mapToObj(i -> Card.of("Card " + i, Text.of("body"))).toList();

        List<LayoutBlock> blocks = renderer.blocks(Reply.text("Many").withCards(cards));

        assertThat(blocks).hasSize(50);
    }

    @Test
    void attachmentIsShownAsACodeBlock() {
        Reply reply = Reply.text("Attendees").withAttachment(
                new org.convene.core.reply.Attachment("attendees.csv", "text/csv", "name\n<!here>\n"));

        assertThat(sectionText(renderer.blocks(reply).getLast()))
                .isEqualTo("*attendees.csv*\n```name\n&lt;!here&gt;\n```");
    }

    @Test
    void failedRepliesAreMarkedWithAWarning() {
        assertThat(sectionText(renderer.blocks(Reply.failure("No such group")).getFirst()))
                .isEqualTo(":warning: No such group");
    }

    private static String sectionText(LayoutBlock block) {
        return ((MarkdownTextObject) ((SectionBlock) block).getText()).getText();
    }
}
