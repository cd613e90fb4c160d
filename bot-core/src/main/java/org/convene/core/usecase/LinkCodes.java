package org.convene.core.usecase;

import java.security.SecureRandom;

/** Makes one-time codes that are easy to read aloud and type: no 0/O or 1/I/L. */
final class LinkCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int index = 0; index < 8; index++) {
            if (index == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalize(String typed) {
        String letters = typed.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        return letters.length() == 8 ? letters.substring(0, 4) + "-" + letters.substring(4) : typed.strip();
    }
}
