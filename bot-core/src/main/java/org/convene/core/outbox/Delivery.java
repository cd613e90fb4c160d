package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.convene.core.reply.Reply;

/**
 * One message to deliver. {@code key} is unique per message and stable across retries (publishers pass it to the
 * platform where it can suppress repeats, as Discord's nonce does); {@code replaces} names an earlier message of the
 * bot's, in the platform's own terms, to update instead of posting anew (null to post).
 */
public record Delivery(String key, Target target, Reply message, String replaces) {

    public Delivery {
        requireNonNull(key, "key");
        requireNonNull(target, "target");
        requireNonNull(message, "message");
    }

    /** How a delivery went. */
    public sealed interface Result {
    }

    /** Delivered; {@code messageRef} lets a later delivery update the message. */
    public record Sent(String messageRef) implements Result {
    }

    /** Not delivered this time (rate limit, server error): try again after {@code after}. */
    public record Retry(Duration after, String reason) implements Result {
        public Retry {
            requireNonNull(after, "after");
            requireNonNull(reason, "reason");
        }
    }

    /** Never deliverable as it is (DMs closed, channel gone, permission missing): record it and tell the organizers. */
    public record Rejected(String reason) implements Result {
        public Rejected {
            requireNonNull(reason, "reason");
        }
    }
}
