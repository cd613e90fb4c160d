package org.convene.web.page;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and lengths as the pages show them: in the community's zone, with the zone named. */
final class PageTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a zzz",
            Locale.US);

    private PageTimes() {
    }

    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    static String length(Instant start, Instant end) {
        Duration length = Duration.between(start, end);
        long hours = length.toHours();
        long minutes = length.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + (hours == 1 ? " hour" : " hours")
                : hours + " h " + minutes + " min";
    }
}
