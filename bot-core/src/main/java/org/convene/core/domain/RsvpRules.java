package org.convene.core.domain;

import java.time.Instant;

/** When an event takes answers: not once cancelled or started, seats not after the deadline, guests within the allowance. */
public final class RsvpRules {

    private RsvpRules() {
    }

    public static void check(Event event, Answer answer, int guests, Instant now) {
        if (event.cancelled()) {
            throw Refusal.conflict("\"" + event.title() + "\" was cancelled, so it takes no RSVPs.");
        }
        if (event.started(now)) {
            throw Refusal.conflict("\"" + event.title() + "\" has already started, so RSVPs are closed.");
        }
        if (guests < 0) {
            throw Refusal.invalid("Guests cannot be negative; type +1 to bring one guest.");
        }
        if (guests > event.guestLimit()) {
            throw Refusal.invalid(event.guestLimit() == 0
                    ? "\"" + event.title() + "\" does not allow guests; RSVP without +" + guests + "."
                    : "\"" + event.title() + "\" allows up to " + event.guestLimit() + (event.guestLimit() == 1
                            ? " guest" : " guests") + " per member; you asked for " + guests + ".");
        }
        boolean pastDeadline = event.rsvpDeadline() != null && !now.isBefore(event.rsvpDeadline());
        if (pastDeadline && answer != Answer.NOT_GOING) {
            throw Refusal.conflict("The RSVP deadline for \"" + event.title()
                    + "\" has passed; you can still say you are not going, which frees your seat.");
        }
    }
}
