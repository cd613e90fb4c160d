package org.convene.core.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The short name of a group, as people type it: lower-case letters, digits and hyphens. */
public final class Slug {

    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    private Slug() {
    }

    /** The slug in canonical form, or a refusal that says what a slug may contain. */
    public static String of(String typed) {
        String slug = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(slug).matches()) {
            throw Refusal.invalid("\"" + typed + "\" cannot be a group's short name: use 1 to 40 lower-case letters, "
                    + "digits and hyphens, like code4libnyc or digital-preservation.");
        }
        return slug;
    }
}
