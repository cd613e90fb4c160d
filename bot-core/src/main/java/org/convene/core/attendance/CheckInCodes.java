package org.convene.core.attendance;

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Short check-in codes of letters that are hard to mix up when read aloud or off a screen (no I, L, O, B, S, Z, G, Q),
 * read back ignoring case, spaces and dashes.
 */
public final class CheckInCodes {

    static final String LETTERS = "ACDEFHJKMNPRTUVWXY";
    static final int LENGTH = 5;

    private final RandomGenerator random;

    @Inject
    public CheckInCodes() {
        this(new SecureRandom());
    }

    public CheckInCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int index = 0; index < LENGTH; index++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return code.toString();
    }

    /** The code as typed, in the form codes are stored in. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
