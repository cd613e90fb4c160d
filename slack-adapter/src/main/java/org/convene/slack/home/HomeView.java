package org.convene.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static java.util.Objects.requireNonNull;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.core.command.EventCards;
import org.convene.core.domain.Group;
import org.convene.core.usecase.EventDetails;
import org.convene.slack.render.BlockKitRenderer;
import org.convene.slack.render.Mrkdwn;

/**
 * The Home tab's blocks, always within Slack's limits for a view: at most 100 blocks, a section's text at most 3,000
 * characters. A long list of groups is cut with a line saying how many more there are and where to see them all;
 * an event card goes in whole or not at all.
 */
final class HomeView {

    static final int BLOCK_LIMIT = 100;
    static final int SECTION_TEXT_LIMIT = 3000;
    static final int EVENT_LIMIT = 5;

    private final BlockKitRenderer renderer;
    private final List<LayoutBlock> blocks = new ArrayList<>();
    private final Set<Long> shown = new HashSet<>();

    HomeView(BlockKitRenderer renderer) {
        this.renderer = requireNonNull(renderer, "renderer");
    }

    HomeView groups(List<Group> groups) {
        blocks.add(header(h -> h.text(plainText("Your groups"))));
        String text = groups.isEmpty() ? "You have not joined a group yet; type `/meetup groups` to see them."
                : groupList(groups);
        blocks.add(section(s -> s.text(markdownText(text))));
        return this;
    }

    HomeView events(String title, List<EventDetails> details, String none) {
        if (blocks.size() + 3 > BLOCK_LIMIT) {
            return this;
        }
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText(title))));
        List<EventDetails> fresh = details.stream().filter(detail -> shown.add(detail.event().id()))
                .limit(EVENT_LIMIT).toList();
        if (fresh.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(none)))));
        }
        for (EventDetails detail : fresh) {
            List<LayoutBlock> card = renderer.card(EventCards.card(detail));
            if (blocks.size() + card.size() > BLOCK_LIMIT) {
                break;
            }
            blocks.addAll(card);
        }
        return this;
    }

    List<LayoutBlock> blocks() {
        return List.copyOf(blocks);
    }

    static String groupList(List<Group> groups) {
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < groups.size(); index++) {
            Group group = groups.get(index);
            String line = (index == 0 ? "" : "\n") + "• *" + Mrkdwn.escape(group.name()) + "* (`"
                    + Mrkdwn.escape(group.slug()) + "`)";
            String more = "\n…and " + (groups.size() - index) + " more: type `/meetup mine` to see them all.";
            boolean last = index == groups.size() - 1;
            if (text.length() + line.length() + (last ? 0 : more.length()) > SECTION_TEXT_LIMIT) {
                return text.append(more).toString();
            }
            text.append(line);
        }
        return text.toString();
    }
}
