package org.convene.core.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seat accounting of one event: who holds seats, who waits and in what order. Seats taken are confirmed members
 * plus their guests; when seats free up the waitlist is promoted in order, skipping a party that does not fit.
 * It is plain state: the caller loads it under a lock on the event and stores the RSVPs it reports as changed.
 */
public final class SeatLedger {

    private final Integer capacity;
    private final Map<Long, Rsvp> rsvps = new LinkedHashMap<>();

    private SeatLedger(Integer capacity, Collection<Rsvp> rsvps) {
        this.capacity = capacity;
        rsvps.forEach(rsvp -> this.rsvps.put(rsvp.memberId(), rsvp));
    }

    public static SeatLedger of(Event event, Collection<Rsvp> rsvps) {
        return new SeatLedger(event.capacity(), rsvps);
    }

    /** The same RSVPs under another capacity, refused when the new capacity is below the seats already taken. */
    public SeatLedger withCapacity(Integer newCapacity) {
        if (newCapacity != null && newCapacity < seatsTaken()) {
            throw Refusal.invalid("Capacity " + newCapacity + " is below the " + seatsTaken()
                    + " seats already taken; use capacity=" + seatsTaken() + " or more.");
        }
        return new SeatLedger(newCapacity, rsvps.values());
    }

    public int seatsTaken() {
        return rsvps.values().stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
    }

    /** Records a member's answer and promotes whoever now fits. */
    public SeatChange answer(long eventId, long memberId, Answer answer, int guests, Instant now) {
        Rsvp previous = rsvps.get(memberId);
        Rsvp next = switch (answer) {
            case GOING -> going(eventId, memberId, previous, guests, now);
            case MAYBE, NOT_GOING -> new Rsvp(eventId, memberId, answer, guests, RsvpState.NONE, null, now);
        };
        rsvps.put(memberId, next);
        List<Rsvp> promoted = promote();
        Rsvp current = rsvps.get(memberId);
        return new SeatChange(current, previous, promoted, seatsTaken(), waitlistPosition(memberId));
    }

    private Rsvp going(long eventId, long memberId, Rsvp previous, int guests, Instant now) {
        int party = 1 + guests;
        if (capacity != null && party > capacity) {
            throw Refusal.invalid("A party of " + party + " cannot fit: the event has " + capacity
                    + (capacity == 1 ? " seat" : " seats") + " in all.");
        }
        if (previous != null && previous.confirmed()) {
            int free = freeSeats() + previous.partySize();
            if (party > free) {
                throw Refusal.conflict("Only " + free + (free == 1 ? " seat is" : " seats are")
                        + " left for your party, so you can bring at most " + (free - 1)
                        + (free - 1 == 1 ? " guest" : " guests") + "; your RSVP stays at +" + previous.guests() + ".");
            }
            return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.CONFIRMED, null, now);
        }
        if (previous != null && previous.waitlisted()) {
            return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.WAITLISTED,
                    previous.waitlistOrder(), now);
        }
        if (party <= freeSeats()) {
            return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.CONFIRMED, null, now);
        }
        return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.WAITLISTED, nextWaitlistOrder(), now);
    }

    /** Confirms waitlisted parties, in order, while they fit; returns them as confirmed. */
    public List<Rsvp> promote() {
        List<Rsvp> promoted = new ArrayList<>();
        int free = freeSeats();
        for (Rsvp waiting : waitlist()) {
            if (waiting.partySize() <= free) {
                Rsvp confirmed = new Rsvp(waiting.eventId(), waiting.memberId(), waiting.answer(), waiting.guests(),
                        RsvpState.CONFIRMED, null, waiting.respondedAt());
                rsvps.put(waiting.memberId(), confirmed);
                promoted.add(confirmed);
                free -= waiting.partySize();
            }
        }
        return promoted;
    }

    /** One-based place on the waitlist, or 0 when the member is not waiting. */
    public int waitlistPosition(long memberId) {
        List<Rsvp> waitlist = waitlist();
        for (int index = 0; index < waitlist.size(); index++) {
            if (waitlist.get(index).memberId() == memberId) {
                return index + 1;
            }
        }
        return 0;
    }

    public List<Rsvp> waitlist() {
        return rsvps.values().stream().filter(Rsvp::waitlisted)
                .sorted(Comparator.comparingLong(Rsvp::waitlistOrder)).toList();
    }

    private int freeSeats() {
        return capacity == null ? Integer.MAX_VALUE : capacity - seatsTaken();
    }

    private long nextWaitlistOrder() {
        return rsvps.values().stream().filter(Rsvp::waitlisted).mapToLong(Rsvp::waitlistOrder).max().orElse(0) + 1;
    }
}
