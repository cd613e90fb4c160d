package org.convene.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.core.talk.OfferState;
import org.convene.core.talk.TalkCall;
import org.convene.core.talk.TalkOffer;
import org.convene.core.talk.TalkSlot;

/** Calls for presenters: each event's slots and the talks offered for them. */
public interface TalkRepository {

    Optional<TalkCall> call(long eventId);

    /** The calls of those of these events that have one, by event id, read at once. */
    Map<Long, TalkCall> calls(Collection<Long> eventIds);

    /** Opens the event's call with these slots (ids not yet given), replacing any call it had. */
    void open(long eventId, boolean autoAccept, List<TalkSlot> slots, Instant now);

    /** Closes the event's call: its slots and their offers go. */
    void close(long eventId);

    /** Every offer made for the event, in the order they came. */
    List<TalkOffer> offers(long eventId);

    /** Every offer made for these events, in the order they came, read at once. */
    List<TalkOffer> offers(Collection<Long> eventIds);

    Optional<TalkOffer> offer(long offerId);

    /** Stores a new offer and returns it with its id. */
    TalkOffer add(long eventId, long slotId, long memberId, String title, String description, OfferState state,
                  Instant now);

    /** Moves an offer to {@code state}, with the organizer's reason (null if none). */
    void decide(long offerId, OfferState state, String reason, Instant now);
}
