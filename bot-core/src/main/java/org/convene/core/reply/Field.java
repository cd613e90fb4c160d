package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

/**
 * A labelled value on a card, such as "When" or "Seats". A {@code personal} field speaks to one viewer (their own
 * answer, their private link) and never appears on a message others see.
 */
public record Field(String name, Text value, boolean personal) {
    public Field {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
    }

    public Field(String name, Text value) {
        this(name, value, false);
    }
}
