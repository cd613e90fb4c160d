package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

/**
 * A request the bot declines, with a message meant for the person who made it. Nothing has changed when one is thrown.
 */
public final class Refusal extends RuntimeException {

    /** What kind of refusal, so adapters can choose how to show it. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        INVALID,
        CONFLICT
    }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(requireNonNull(message, "message"), null, false, false);
        this.kind = requireNonNull(kind, "kind");
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message);
    }

    public static Refusal invalid(String message) {
        return new Refusal(Kind.INVALID, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
