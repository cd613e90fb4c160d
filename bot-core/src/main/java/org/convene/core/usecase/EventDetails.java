package org.convene.core.usecase;

import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;
import org.convene.core.talk.Agenda;

/**
 * An event as one member sees it: their own RSVP and waitlist place, how many wait, and the private link only when
 * it is theirs to see; {@code noShowsBehind} when members with a recent no-show wait behind others,
 * {@code checkInOpen} while its check-in window is open, and its agenda of talks (empty when it has no call for
 * presenters).
 */
public record EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition,
                           int waitlistLength, Optional<String> privateLink, boolean organizer,
                           boolean noShowsBehind, boolean checkInOpen, Agenda agenda) {

    public EventDetails {
        agenda = agenda == null ? Agenda.none() : agenda;
    }

    /** An event with no agenda. */
    public EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition, int waitlistLength,
                        Optional<String> privateLink, boolean organizer, boolean noShowsBehind, boolean checkInOpen) {
        this(event, group, myRsvp, myWaitlistPosition, waitlistLength, privateLink, organizer, noShowsBehind,
                checkInOpen, Agenda.none());
    }

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
