package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.RsvpState;

/**
 * One event in a member's personal calendar: the member's answer, where the RSVP stands, and the private link, which
 * is present only for a confirmed attendee inside the reveal window.
 */
public record PersonalEntry(EventListing listing, Answer answer, RsvpState state, Optional<String> privateLink) {
    public PersonalEntry {
        requireNonNull(listing, "listing");
        requireNonNull(answer, "answer");
        requireNonNull(state, "state");
        requireNonNull(privateLink, "privateLink");
    }

    /** Whether the member holds a seat (going and confirmed), as opposed to maybe or waitlisted. */
    public boolean confirmed() {
        return answer == Answer.GOING && state == RsvpState.CONFIRMED;
    }
}
