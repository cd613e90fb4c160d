package org.convene.core.port;

import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;

/**
 * What the use cases tell the world about, in the same transaction as the change: a new event, a change, a
 * cancellation, promotions off the waitlist.
 */
public interface Notices {

    void eventPosted(Group group, List<Event> occurrences);

    void eventChanged(Group group, Event before, Event after);

    void eventCancelled(Group group, Event event);

    /** A series ended: {@code occurrences} (soonest first) were cancelled together. */
    default void seriesEnded(Group group, List<Event> occurrences) {
        occurrences.forEach(event -> eventCancelled(group, event));
    }

    void promoted(Event event, List<Rsvp> promoted);
}
