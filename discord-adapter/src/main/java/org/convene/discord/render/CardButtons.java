package org.convene.discord.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.convene.core.reply.Card;

/**
 * Lays out the buttons of a reply's cards: each card's buttons on rows of their own (five to a row, five rows in
 * all), the custom id being the command text a click runs. With several cards, labels name the event.
 */
final class CardButtons {

    static final int PER_ROW = 5;
    static final int ROWS = 5;
    static final int LABEL_LIMIT = 80;

    private CardButtons() {
    }

    static List<ActionRow> rows(List<Card> cards) {
        long cardsWithButtons = cards.stream().filter(card -> !card.buttons().isEmpty()).count();
        List<ActionRow> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Card card : cards) {
            List<Button> buttons = new ArrayList<>();
            for (org.convene.core.reply.Button button : card.buttons()) {
                if (used.add(button.command())) {
                    String label = cardsWithButtons > 1 && card.eventId() > 0
                            ? "#" + card.eventId() + " " + button.label() : button.label();
                    buttons.add(button(button, DiscordMarkdown.truncate(label, LABEL_LIMIT)));
                }
            }
            if (buttons.isEmpty()) {
                continue;
            }
            for (ActionRow row : ActionRow.partitionOf(buttons)) {
                if (rows.size() == ROWS) {
                    return rows;
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Button button(org.convene.core.reply.Button button, String label) {
        return switch (button.style()) {
            case PRIMARY -> Button.primary(button.command(), label);
            case SECONDARY -> Button.secondary(button.command(), label);
            case DANGER -> Button.danger(button.command(), label);
        };
    }
}
