package org.convene.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.core.reply.Attachment;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;

/**
 * Renders a {@link Reply} as Block Kit: a lead section, per card a header, body, fields and an actions block whose
 * buttons carry their command text as action id and value. Slack's limits are kept by truncating with an ellipsis.
 */
public final class BlockKitRenderer {

    static final int SECTION_TEXT_LIMIT = 3000;
    static final int FIELD_TEXT_LIMIT = 2000;
    static final int FIELDS_PER_SECTION = 10;
    static final int HEADER_LIMIT = 150;
    static final int BLOCK_LIMIT = 50;
    static final int BUTTON_TEXT_LIMIT = 75;
    static final int BUTTONS_PER_ACTIONS = 25;
    static final int FALLBACK_LIMIT = 3000;

    /** The reply's blocks, at most fifty. */
    public List<LayoutBlock> blocks(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!reply.text().plain().isBlank()) {
            String lead = (reply.failed() ? ":warning: " : "") + Mrkdwn.of(reply.text());
            blocks.add(section(s -> s.text(markdownText(truncate(lead, SECTION_TEXT_LIMIT)))));
        }
        for (Card card : reply.cards()) {
            if (!blocks.isEmpty()) {
                blocks.add(divider());
            }
            blocks.addAll(card(card));
        }
        reply.attachment().ifPresent(file -> blocks.add(attachment(file)));
        if (blocks.size() > BLOCK_LIMIT) {
            List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, BLOCK_LIMIT - 1));
            kept.add(context(c -> c.elements(List.of(markdownText("…more than fits in one message")))));
            return kept;
        }
        return blocks;
    }

    /** The blocks of one card, without a divider. */
    public List<LayoutBlock> card(Card card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String blockPrefix = card.eventId() == 0 ? null : "event-" + card.eventId();
        blocks.add(header(h -> h.blockId(blockId(blockPrefix, "title"))
                .text(plainText(truncate(card.title(), HEADER_LIMIT)))));
        String body = Mrkdwn.of(card.body());
        if (!body.isBlank()) {
            blocks.add(section(s -> s.blockId(blockId(blockPrefix, "body"))
                    .text(markdownText(truncate(body, SECTION_TEXT_LIMIT)))));
        }
        List<Field> fields = card.fields();
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            List<TextObject> texts = fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION))
                    .stream().<TextObject>map(field -> markdownText(truncate("*" + Mrkdwn.escape(field.name())
                            + "*\n" + Mrkdwn.of(field.value()), FIELD_TEXT_LIMIT))).toList();
            String fieldsId = blockId(blockPrefix, "fields-" + from);
            blocks.add(section(s -> s.blockId(fieldsId).fields(texts)));
        }
        List<Button> buttons = card.buttons();
        Set<String> actionIds = new HashSet<>();
        for (int from = 0; from < buttons.size(); from += BUTTONS_PER_ACTIONS) {
            List<BlockElement> elements = buttons.subList(from, Math.min(buttons.size(), from + BUTTONS_PER_ACTIONS))
                    .stream().<BlockElement>map(button -> button(button, actionIds)).toList();
            String actionsId = blockId(blockPrefix, "actions-" + from);
            blocks.add(actions(a -> a.blockId(actionsId).elements(elements)));
        }
        return blocks;
    }

    /** The notification text Slack shows where blocks cannot be: the lead text, or the first card's title. */
    public String fallbackText(Reply reply) {
        if (!reply.text().plain().isBlank()) {
            return truncate(Mrkdwn.of(reply.text()), FALLBACK_LIMIT);
        }
        return reply.cards().isEmpty() ? "Convene" : truncate(Mrkdwn.escape(reply.cards().getFirst().title()),
                FALLBACK_LIMIT);
    }

    private static ButtonElement button(Button button, Set<String> actionIds) {
        String actionId = button.command();
        for (int n = 2; !actionIds.add(actionId); n++) {
            actionId = button.command() + " #" + n;
        }
        String id = actionId;
        String style = switch (button.style()) {
            case PRIMARY -> "primary";
            case DANGER -> "danger";
            case SECONDARY -> null;
        };
        return ButtonElement.builder().actionId(id).value(button.command()).style(style)
                .text(plainText(truncate(button.label(), BUTTON_TEXT_LIMIT))).build();
    }

    private static LayoutBlock attachment(Attachment file) {
        String head = "*" + Mrkdwn.escape(file.fileName()) + "*\n```";
        String content = Mrkdwn.escape(file.content().replace("```", "'''"));
        String tail = "```";
        int room = SECTION_TEXT_LIMIT - head.length() - tail.length();
        String shown = content.length() <= room ? content : content.substring(0, room - 1) + "…";
        return section(s -> s.text(markdownText(head + shown + tail)));
    }

    private static String blockId(String prefix, String part) {
        return prefix == null ? null : prefix + "-" + part;
    }

    /** Cuts text to {@code limit} characters, ending with an ellipsis when cut. */
    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
