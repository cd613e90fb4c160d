package org.convene.core.usecase;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Times;

/** The checks every event's fields pass, whether posted or edited. */
final class EventFields {

    static final int TITLE_LIMIT = 200;
    static final int DESCRIPTION_LIMIT = 2000;
    static final int GUEST_LIMIT = 10;

    private EventFields() {
    }

    static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw Refusal.invalid("An event needs a title, like \"Book club: The Overstory\".");
        }
        if (stripped.length() > TITLE_LIMIT) {
            throw Refusal.invalid("A title can be at most " + TITLE_LIMIT + " characters; this one has "
                    + stripped.length() + ".");
        }
        return stripped;
    }

    static String description(String description) {
        String stripped = description == null ? "" : description.strip();
        if (stripped.length() > DESCRIPTION_LIMIT) {
            throw Refusal.invalid("A description can be at most " + DESCRIPTION_LIMIT + " characters; this one has "
                    + stripped.length() + ".");
        }
        return stripped;
    }

    static String link(String url, String what) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        try {
            URI uri = URI.create(stripped);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return stripped;
            }
        } catch (IllegalArgumentException ignored) {
            // refused below
        }
        throw Refusal.invalid("The " + what + " must be a web address starting with https://, not \"" + stripped
                + "\".");
    }

    static Integer capacity(Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw Refusal.invalid("Capacity must be at least 1 (you gave " + capacity
                    + "); leave it out for an event with no cap.");
        }
        return capacity;
    }

    static int guests(int guests) {
        if (guests < 0 || guests > GUEST_LIMIT) {
            throw Refusal.invalid("Guests per member must be between 0 and " + GUEST_LIMIT + "; you gave " + guests
                    + ".");
        }
        return guests;
    }

    static void times(Instant start, Instant end, Instant deadline, ZoneId zone, Instant now) {
        if (!start.isAfter(now)) {
            throw Refusal.invalid("The start, " + Times.describe(start, zone) + ", is in the past; give a time "
                    + "after now, like when=\"next thursday 6pm\".");
        }
        if (!end.isAfter(start)) {
            throw Refusal.invalid("The end, " + Times.describe(end, zone) + ", is not after the start, "
                    + Times.describe(start, zone) + "; give for=2h or a later end=.");
        }
        if (deadline != null && deadline.isAfter(start)) {
            throw Refusal.invalid("The RSVP deadline, " + Times.describe(deadline, zone) + ", is after the start, "
                    + Times.describe(start, zone) + "; give an earlier deadline=.");
        }
    }
}
