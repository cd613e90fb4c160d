package org.convene.core.domain;

import java.util.Locale;
import java.util.Optional;

/** A member's answer to an event: only {@link #GOING} asks for a seat. */
public enum Answer {
    GOING("going"),
    MAYBE("maybe"),
    NOT_GOING("not going");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the words people type: going/yes, maybe, no/not-going/cancel. */
    public static Optional<Answer> parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "going", "yes", "y", "go", "attend" -> Optional.of(GOING);
            case "maybe", "interested", "perhaps" -> Optional.of(MAYBE);
            case "no", "n", "not-going", "notgoing", "not_going", "cancel", "decline" -> Optional.of(NOT_GOING);
            default -> Optional.empty();
        };
    }
}
