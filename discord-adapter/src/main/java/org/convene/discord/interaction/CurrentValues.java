package org.convene.discord.interaction;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.convene.core.domain.Event;

/**
 * An event's current values written as the edit form's inputs expect them, so a form sent back unchanged changes
 * nothing: the start in the event's zone, the length as {@code 1h30m}, the venue (or the online address), and the
 * seats as {@code 25 +1} or {@code none}.
 */
final class CurrentValues {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private CurrentValues() {
    }

    static Map<String, String> of(Event event) {
        Map<String, String> values = new HashMap<>();
        values.put("title", event.title());
        values.put("when", START.format(event.startsAt().atZone(event.zone())));
        values.put("length", length(event.duration()));
        String place = event.venue() != null ? event.venue() : event.onlineUrl();
        if (place != null) {
            values.put("place", place);
        }
        values.put("seats", (event.capacity() == null ? "none" : event.capacity().toString())
                + (event.guestLimit() > 0 ? " +" + event.guestLimit() : ""));
        return values;
    }

    private static String length(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
    }
}
