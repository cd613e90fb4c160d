package org.convene.core.command;

import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Refusal;

/**
 * Splits command text into words: "double" or “curly” quotes keep spaces inside one word, and {@code key="a b"}
 * is one word {@code key=a b}.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Whether a character opens or closes a quoted word. */
    static boolean isQuote(int character) {
        return character == '"' || character == '\u201C' || character == '\u201D';
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char closing = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (closing != 0) {
                if (character == closing) {
                    closing = 0;
                } else {
                    word.append(character);
                }
            } else if (character == '"' || character == '\u201C') {
                closing = character == '"' ? '"' : '\u201D';
                inWord = true;
            } else if (Character.isWhitespace(character)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(character);
                inWord = true;
            }
        }
        if (closing != 0) {
            throw Refusal.invalid("A quote is not closed: add a closing \" after \"" + word + "\".");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
