package org.convene.core.domain;

import java.time.Duration;
import java.time.Instant;

/** When an event's private link is shown: to confirmed attendees from the community's lead before the start. */
public final class LinkReveal {

    private LinkReveal() {
    }

    public static Instant revealAt(Event event, Duration lead) {
        return event.startsAt().minus(lead);
    }

    public static boolean visibleTo(Event event, Rsvp rsvp, Duration lead, Instant now) {
        return event.privateLink() != null && rsvp != null && rsvp.confirmed() && !event.cancelled()
                && !now.isBefore(revealAt(event, lead));
    }
}
