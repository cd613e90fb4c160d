package org.convene.core.domain;

import java.time.Duration;
import java.time.Instant;

/** When an event's private link is shown: to confirmed attendees from a lead time before the start. */
public final class LinkReveal {

    public static final Duration DEFAULT_LEAD = Duration.ofHours(24);

    private LinkReveal() {
    }

    public static Instant revealAt(Event event) {
        return event.startsAt().minus(DEFAULT_LEAD);
    }

    public static boolean visibleTo(Event event, Rsvp rsvp, Instant now) {
        return event.privateLink() != null && rsvp != null && rsvp.confirmed() && !event.cancelled()
                && !now.isBefore(revealAt(event));
    }
}
