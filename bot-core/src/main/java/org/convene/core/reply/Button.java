package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

/**
 * A button under a card. Its {@code command} is the command text a click runs (such as {@code rsvp 42 going}): the
 * adapters use it as the button's id, and the console shows it as what to type.
 */
public record Button(String label, String command, Style style) {

    /** How prominent the button is. */
    public enum Style {
        PRIMARY,
        SECONDARY,
        DANGER
    }

    public static final int COMMAND_LIMIT = 100;

    public Button {
        requireNonNull(label, "label");
        requireNonNull(command, "command");
        requireNonNull(style, "style");
        if (command.length() > COMMAND_LIMIT) {
            throw new IllegalArgumentException("a button's command is limited to " + COMMAND_LIMIT + " characters");
        }
    }
}
