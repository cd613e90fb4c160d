package org.convene.slack.interaction;

import java.util.Set;
import org.convene.core.reply.Card;

/** An event card as everyone in a channel may see it: without the viewer's own answer or private link. */
final class PublicCards {

    private static final Set<String> PERSONAL_FIELDS = Set.of("You", "Video link");

    private PublicCards() {
    }

    static Card of(Card card) {
        return new Card(card.title(), card.body(), card.fields().stream()
                .filter(field -> !PERSONAL_FIELDS.contains(field.name())).toList(), card.buttons(), card.eventId());
    }
}
