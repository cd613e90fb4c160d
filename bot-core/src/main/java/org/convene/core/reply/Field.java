package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

/** A labelled value on a card, such as "When" or "Seats". */
public record Field(String name, Text value) {
    public Field {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
    }
}
