package org.convene.core.domain;

/** Where a person talks to the bot. */
public enum Platform {
    DISCORD("Discord"),
    SLACK("Slack"),
    CONSOLE("the console");

    private final String displayName;

    Platform(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
