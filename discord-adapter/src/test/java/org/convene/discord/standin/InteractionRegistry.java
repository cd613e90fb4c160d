package org.convene.discord.standin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interactions the stand-in sent, by token, with whether each was acknowledged and which message is its
 * "original" — what Discord tracks so that a second acknowledgement fails and {@code @original} resolves.
 */
final class InteractionRegistry {
    private final Map<String, SentInteraction> byToken = new ConcurrentHashMap<>();
    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Long> originalMessage = new ConcurrentHashMap<>();

    void register(SentInteraction interaction) {
        byToken.put(interaction.token(), interaction);
        if (interaction.messageId() != 0) {
            originalMessage.put(interaction.token(), interaction.messageId());
        }
    }

    Optional<SentInteraction> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    /** Marks the interaction acknowledged; false if it already was. */
    boolean acknowledge(String token) {
        return acknowledged.putIfAbsent(token, Boolean.TRUE) == null;
    }

    void setOriginal(String token, long messageId) {
        originalMessage.put(token, messageId);
    }

    Optional<Long> original(String token) {
        return Optional.ofNullable(originalMessage.get(token));
    }
}
