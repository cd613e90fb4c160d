package org.convene.slack.interaction;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.reply.Card;
import org.convene.slack.render.BlockKitRenderer;

/** Replaces one event card's blocks inside a message's blocks, found by the {@code event-<id>-} block ids. */
final class CardSplicer {

    private CardSplicer() {
    }

    static List<LayoutBlock> replace(List<LayoutBlock> original, Card card, BlockKitRenderer renderer) {
        List<LayoutBlock> fresh = renderer.card(card);
        if (original == null || original.isEmpty()) {
            return fresh;
        }
        String prefix = "event-" + card.eventId() + "-";
        List<LayoutBlock> blocks = new ArrayList<>();
        boolean inserted = false;
        for (LayoutBlock block : original) {
            if (block.getBlockId() != null && block.getBlockId().startsWith(prefix)) {
                if (!inserted) {
                    blocks.addAll(fresh);
                    inserted = true;
                }
            } else {
                blocks.add(block);
            }
        }
        return inserted ? blocks : fresh;
    }
}
