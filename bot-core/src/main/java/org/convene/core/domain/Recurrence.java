package org.convene.core.domain;

import java.util.Locale;
import java.util.Optional;

/** How a series repeats: every week, every other week, or monthly on the same n-th weekday. */
public enum Recurrence {
    WEEKLY("weekly"),
    BIWEEKLY("every other week"),
    MONTHLY("monthly");

    private final String label;

    Recurrence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Recurrence> parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "weekly", "week" -> Optional.of(WEEKLY);
            case "biweekly", "fortnightly", "every-other-week", "2weeks" -> Optional.of(BIWEEKLY);
            case "monthly", "month" -> Optional.of(MONTHLY);
            default -> Optional.empty();
        };
    }
}
