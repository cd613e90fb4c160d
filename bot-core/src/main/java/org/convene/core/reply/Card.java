package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A block of a reply: a title, body text, fields and buttons. An event card carries its event's id in
 * {@code eventId} (0 otherwise) so adapters can update it in place.
 */
public record Card(String title, Text body, List<Field> fields, List<Button> buttons, long eventId) {

    public Card {
        requireNonNull(title, "title");
        requireNonNull(body, "body");
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
    }

    /** The card as everyone in a channel may see it: without the fields meant for one viewer. */
    public Card withoutPersonalFields() {
        return new Card(title, body, fields.stream().filter(field -> !field.personal()).toList(), buttons, eventId);
    }

    public static Card of(String title, Text body) {
        return new Card(title, body, List.of(), List.of(), 0);
    }
}
