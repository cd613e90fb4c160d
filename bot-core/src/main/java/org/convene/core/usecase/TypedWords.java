package org.convene.core.usecase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words of a search someone is typing: lower case, at most a few, blanks dropped. */
final class TypedWords {

    static final int WORD_LIMIT = 5;

    private TypedWords() {
    }

    static List<String> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.strip().toLowerCase(Locale.ROOT).split("\\s+")).limit(WORD_LIMIT).toList();
    }
}
