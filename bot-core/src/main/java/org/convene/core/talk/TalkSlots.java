package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Refusal;
import org.convene.core.port.TalkRepository;

/** Picks the slot an offer is for and checks that a slot is still free, on an event whose lock the caller holds. */
final class TalkSlots {

    private final TalkRepository talks;

    TalkSlots(TalkRepository talks) {
        this.talks = requireNonNull(talks, "talks");
    }

    /** The slot at {@code position}, or the first not yet given; refused if taken or already offered by the member. */
    TalkSlot chosen(TalkCall call, List<TalkOffer> offers, Integer position, long memberId) {
        TalkSlot slot;
        if (position == null) {
            slot = call.slots().stream().filter(candidate -> holder(offers, candidate).isEmpty()).findFirst()
                    .orElseThrow(() -> Refusal.conflict("Every talk slot of #" + call.eventId()
                            + " is taken; /meetup talk agenda " + call.eventId() + " shows who has them."));
        } else {
            slot = call.slots().stream().filter(candidate -> candidate.position() == position).findFirst()
                    .orElseThrow(() -> Refusal.invalid("#" + call.eventId() + " has slots 1 to "
                            + call.slots().size() + ", not slot " + position + "."));
            holder(offers, slot).ifPresent(taken -> {
                throw taken(call.eventId(), slot, taken);
            });
        }
        offers.stream().filter(offer -> offer.slotId() == slot.id() && offer.memberId() == memberId
                && offer.state().open()).findFirst().ifPresent(mine -> {
                    throw Refusal.conflict("You already offered \u201C" + mine.title() + "\u201D for "
                            + slot.label() + " (offer #" + mine.id() + ").");
                });
        return slot;
    }

    TalkSlot of(long eventId, long slotId) {
        return talks.call(eventId).flatMap(call -> call.slots().stream().filter(slot -> slot.id() == slotId)
                .findFirst()).orElseThrow(() -> Refusal.conflict("That talk slot no longer exists."));
    }

    void requireFree(long eventId, TalkSlot slot) {
        holder(talks.offers(eventId), slot).ifPresent(taken -> {
            throw taken(eventId, slot, taken);
        });
    }

    private static Optional<TalkOffer> holder(List<TalkOffer> offers, TalkSlot slot) {
        return offers.stream().filter(offer -> offer.slotId() == slot.id() && offer.state() == OfferState.ACCEPTED)
                .findFirst();
    }

    private static Refusal taken(long eventId, TalkSlot slot, TalkOffer holder) {
        return Refusal.conflict(slot.label() + " of #" + eventId + " is already given to \u201C" + holder.title()
                + "\u201D; pick another with slot=N (/meetup talk agenda " + eventId + " shows the open ones).");
    }
}
