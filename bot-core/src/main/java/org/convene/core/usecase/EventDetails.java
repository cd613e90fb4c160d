package org.convene.core.usecase;

import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;
import org.convene.core.talk.Agenda;

/**
 * An event as one member sees it: their own RSVP and waitlist place, how many wait, the private link only when
 * it is theirs to see, and its agenda of talks (empty when it has no call for presenters).
 */
public record EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition,
                           int waitlistLength, Optional<String> privateLink, boolean organizer, Agenda agenda) {

    public EventDetails {
        agenda = agenda == null ? Agenda.none() : agenda;
    }

    public EventDetails(Event event, Group group, Optional<Rsvp> myRsvp, int myWaitlistPosition, int waitlistLength,
                        Optional<String> privateLink, boolean organizer) {
        this(event, group, myRsvp, myWaitlistPosition, waitlistLength, privateLink, organizer, Agenda.none());
    }
}
