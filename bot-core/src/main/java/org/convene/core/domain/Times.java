package org.convene.core.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Spells an instant out in a zone, for messages that say what the bot understood. */
public final class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM d yyyy, h:mm a z", Locale.ENGLISH);

    private Times() {
    }

    public static String describe(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone));
    }
}
