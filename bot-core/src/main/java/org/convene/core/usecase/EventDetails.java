package org.convene.core.usecase;

import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;

/**
 * An event as one member sees it: their own RSVP and waitlist place, how many wait, and the private link only when
 * it is theirs to see; {@code noShowsBehind} when members with a recent no-show wait behind others, and
 * {@code checkInOpen} while its check-in window is open.
 */
public record EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition,
                           int waitlistLength, Optional<String> privateLink, boolean organizer,
                           boolean noShowsBehind, boolean checkInOpen) {

    /** An event shown outside its check-in window. */
    public EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition, int waitlistLength,
                        Optional<String> privateLink, boolean organizer, boolean noShowsBehind) {
        this(event, group, myRsvp, myWaitlistPosition, waitlistLength, privateLink, organizer, noShowsBehind, false);
    }

    /** An event with no waitlist rule of its own. */
    public EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition, int waitlistLength,
                        Optional<String> privateLink, boolean organizer) {
        this(event, group, myRsvp, myWaitlistPosition, waitlistLength, privateLink, organizer, false);
    }
}
