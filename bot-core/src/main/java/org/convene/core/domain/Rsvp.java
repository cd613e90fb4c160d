package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One member's answer to one event. A waitlisted RSVP carries its place in the event's waitlist
 * ({@code waitlistOrder}, one more than the last of those waiting when it joined, so the waitlist keeps arrival order).
 */
public record Rsvp(long eventId, long memberId, Answer answer, int guests, RsvpState state, Long waitlistOrder,
                   Instant respondedAt) {
    public Rsvp {
        requireNonNull(answer, "answer");
        requireNonNull(state, "state");
        requireNonNull(respondedAt, "respondedAt");
        if (guests < 0) {
            throw new IllegalArgumentException("guests < 0");
        }
        if ((state == RsvpState.WAITLISTED) != (waitlistOrder != null)) {
            throw new IllegalArgumentException("a waitlist order belongs to waitlisted RSVPs only");
        }
    }

    /** Seats this party takes when confirmed: the member and their guests. */
    public int partySize() {
        return 1 + guests;
    }

    public boolean confirmed() {
        return state == RsvpState.CONFIRMED;
    }

    public boolean waitlisted() {
        return state == RsvpState.WAITLISTED;
    }
}
