package org.convene.core.outbox;

import java.util.Optional;
import org.convene.core.reply.Reply;

/**
 * Writes the outbox messages that are about no event (a group proposal, its outcome, a new group), at the moment
 * they are sent; empty when the message should no longer go out.
 */
@FunctionalInterface
public interface StandaloneMessages {

    /** Sends each message's own text as it was queued. */
    StandaloneMessages AS_QUEUED = message -> Optional.of(Reply.text(message.detail()));

    Optional<Reply> compose(OutboxMessage message);
}
