package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A talk a member offers for one slot of an event, with a title and a line of description. */
public record TalkOffer(long id, long eventId, long slotId, long memberId, String title, String description,
                        OfferState state, String reason, Instant offeredAt) {

    public TalkOffer {
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(state, "state");
        requireNonNull(offeredAt, "offeredAt");
    }
}
