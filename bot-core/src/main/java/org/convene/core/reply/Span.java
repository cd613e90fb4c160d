package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A piece of reply text. {@link Plain} is anything a user typed and is always shown as literal text; the others are
 * the bot's own formatting. {@link Time} is an instant each renderer shows in the viewer's local time where it can.
 */
public sealed interface Span {

    /** Literal text, escaped by every renderer. */
    record Plain(String text) implements Span {
        public Plain {
            requireNonNull(text, "text");
        }
    }

    /** Emphasized literal text. */
    record Strong(String text) implements Span {
        public Strong {
            requireNonNull(text, "text");
        }
    }

    /** A moment in time; {@code withDate} false shows the time of day only. */
    record Time(Instant instant, boolean withDate) implements Span {
        public Time {
            requireNonNull(instant, "instant");
        }
    }

    /** A web link with a label. */
    record Link(String label, String url) implements Span {
        public Link {
            requireNonNull(label, "label");
            requireNonNull(url, "url");
        }
    }

    /** Something to type, shown in code style. */
    record Code(String text) implements Span {
        public Code {
            requireNonNull(text, "text");
        }
    }
}
