package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot answers: a lead text, cards, perhaps a file. {@link Visibility#PRIVATE} replies are seen by the asker
 * only (ephemeral); {@link Visibility#PUBLIC} ones by the channel. {@code failed} marks a refusal or an error.
 */
public record Reply(Visibility visibility, Text text, List<Card> cards, Optional<Attachment> attachment,
                    boolean failed) {

    /** Who sees the reply. */
    public enum Visibility {
        PRIVATE,
        PUBLIC
    }

    public Reply {
        requireNonNull(visibility, "visibility");
        requireNonNull(text, "text");
        cards = List.copyOf(cards);
        requireNonNull(attachment, "attachment");
    }

    public static Reply text(String plain) {
        return of(Text.of(plain));
    }

    public static Reply of(Text text) {
        return new Reply(Visibility.PRIVATE, text, List.of(), Optional.empty(), false);
    }

    public static Reply failure(String plain) {
        return new Reply(Visibility.PRIVATE, Text.of(plain), List.of(), Optional.empty(), true);
    }

    public Reply withCard(Card card) {
        List<Card> more = new ArrayList<>(cards);
        more.add(card);
        return new Reply(visibility, text, more, attachment, failed);
    }

    public Reply withCards(List<Card> added) {
        List<Card> more = new ArrayList<>(cards);
        more.addAll(added);
        return new Reply(visibility, text, more, attachment, failed);
    }

    public Reply withAttachment(Attachment file) {
        return new Reply(visibility, text, cards, Optional.of(file), failed);
    }

    public Reply publicly() {
        return new Reply(Visibility.PUBLIC, text, cards, attachment, failed);
    }

    /** Everything in the reply as plain text: for logs and tests. */
    public String plain() {
        StringBuilder out = new StringBuilder(text.plain());
        for (Card card : cards) {
            out.append('\n').append(card.title()).append('\n').append(card.body().plain());
            card.fields().forEach(field -> out.append('\n').append(field.name()).append(": ")
                    .append(field.value().plain()));
            card.buttons().forEach(button -> out.append("\n[").append(button.label()).append("]"));
        }
        return out.toString();
    }
}
