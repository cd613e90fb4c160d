package org.convene.core.outbox;

import java.util.Optional;
import java.util.Set;
import org.convene.core.reply.Reply;

/**
 * Writes a feature's own outbox messages (a group proposal, a talk offer) at the moment they are sent, from what then
 * stands; empty when the message should no longer go out. Each feature adds one for its kinds, and
 * {@link MessageComposer} hands each message to the one of its kind.
 */
public interface KindComposer {

    /** The kinds of message this composer writes; no other composer writes them. */
    Set<MessageKind> kinds();

    /** The message's reply, or empty when it should no longer be sent. */
    Optional<Reply> compose(OutboxMessage message);

    /** Why a message it gives no reply for is not sent. */
    String skipReason();

    /** Sends each message of {@code kinds} with its own text, as it was queued. */
    static KindComposer asQueued(Set<MessageKind> kinds) {
        Set<MessageKind> written = Set.copyOf(kinds);
        return new KindComposer() {
            @Override
            public Set<MessageKind> kinds() {
                return written;
            }

            @Override
            public Optional<Reply> compose(OutboxMessage message) {
                return Optional.of(Reply.text(message.detail()));
            }

            @Override
            public String skipReason() {
                return "it no longer applies";
            }
        };
    }
}
