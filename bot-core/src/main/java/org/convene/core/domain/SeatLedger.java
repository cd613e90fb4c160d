package org.convene.core.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seat accounting of one event: who holds seats, who waits and in what order. Seats taken are confirmed members
 * plus their guests; when seats free up the waitlist is promoted in order, skipping a party that does not fit.
 * It needs only the seats taken, the answering member's own RSVP and the waitlist, so an answer costs the same
 * however many have answered before; the caller loads that under a lock on the event and stores what changed.
 * Where an event lets members with a recent no-show wait behind the others, the caller names those members
 * ({@link #withWaitingBehind}): a new waitlist place of theirs is taken from the {@link #BEHIND} orders on, behind
 * every place of the others, so the order of the waitlist and of promotions follows from the waitlist order alone.
 */
public final class SeatLedger {

    /** The first waitlist order of the places behind: members who wait behind the others take orders from here on. */
    public static final long BEHIND = 1_000_000_000_000L;

    private final Integer capacity;
    private int seatsTaken;
    private final Map<Long, Rsvp> known = new LinkedHashMap<>();
    private final Set<Long> behind;

    private SeatLedger(Integer capacity, int seatsTaken, Collection<Rsvp> known) {
        this(capacity, seatsTaken, known, Set.of());
    }

    private SeatLedger(Integer capacity, int seatsTaken, Collection<Rsvp> known, Set<Long> behind) {
        this.capacity = capacity;
        this.seatsTaken = seatsTaken;
        this.behind = Set.copyOf(behind);
        known.forEach(rsvp -> this.known.put(rsvp.memberId(), rsvp));
    }

    /** The ledger of an event from all its RSVPs. */
    public static SeatLedger of(Event event, Collection<Rsvp> rsvps) {
        int taken = rsvps.stream().filter(Rsvp::confirmed).mapToInt(Rsvp::partySize).sum();
        return new SeatLedger(event.capacity(), taken, rsvps);
    }

    /** The ledger of a locked event from its own seat count, one member's RSVP (or null) and its waitlist. */
    public static SeatLedger of(Event event, Rsvp memberRsvp, List<Rsvp> waitlist) {
        List<Rsvp> known = new ArrayList<>(waitlist);
        if (memberRsvp != null && !memberRsvp.waitlisted()) {
            known.add(memberRsvp);
        }
        return new SeatLedger(event.capacity(), event.seatsTaken(), known);
    }

    /**
     * The ledger of a locked event for a batch of answers: its own seat count, and the RSVPs of the answering members
     * together with the whole waitlist ({@code known}).
     */
    public static SeatLedger forAnswers(Event event, Collection<Rsvp> known) {
        return new SeatLedger(event.capacity(), event.seatsTaken(), known);
    }

    /** The same seats under another capacity, refused when the new capacity is below the seats already taken. */
    public SeatLedger withCapacity(Integer newCapacity) {
        if (newCapacity != null && newCapacity < seatsTaken) {
            throw Refusal.invalid("Capacity " + newCapacity + " is below the " + seatsTaken
                    + " seats already taken; use capacity=" + seatsTaken + " or more.");
        }
        return new SeatLedger(newCapacity, seatsTaken, known.values(), behind);
    }

    /** The same seats, where a new waitlist place of any of {@code members} goes behind the places of the others. */
    public SeatLedger withWaitingBehind(Set<Long> members) {
        return new SeatLedger(capacity, seatsTaken, known.values(), members);
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    /** Records a member's answer and promotes whoever now fits. */
    public SeatChange answer(long eventId, long memberId, Answer answer, int guests, Instant now) {
        Rsvp previous = known.get(memberId);
        Rsvp next = switch (answer) {
            case GOING -> going(eventId, memberId, previous, guests, now);
            case MAYBE, NOT_GOING -> new Rsvp(eventId, memberId, answer, guests, RsvpState.NONE, null, now);
        };
        replace(previous, next);
        List<Rsvp> promoted = promote();
        return new SeatChange(known.get(memberId), previous, promoted, seatsTaken, waitlistPosition(memberId));
    }

    private Rsvp going(long eventId, long memberId, Rsvp previous, int guests, Instant now) {
        int party = 1 + guests;
        if (capacity == null) {
            return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.CONFIRMED, null, now);
        }
        if (party > capacity) {
            throw Refusal.invalid("A party of " + party + " cannot fit: the event has " + capacity
                    + (capacity == 1 ? " seat" : " seats") + " in all.");
        }
        if (previous != null && previous.confirmed()) {
            int free = capacity - seatsTaken + previous.partySize();
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
        if (party <= capacity - seatsTaken) {
            return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.CONFIRMED, null, now);
        }
        return new Rsvp(eventId, memberId, Answer.GOING, guests, RsvpState.WAITLISTED, nextWaitlistOrder(memberId),
                now);
    }

    /** Confirms waitlisted parties, in order, while they fit; returns them as confirmed. */
    public List<Rsvp> promote() {
        List<Rsvp> promoted = new ArrayList<>();
        for (Rsvp waiting : waitlist()) {
            if (capacity == null || waiting.partySize() <= capacity - seatsTaken) {
                Rsvp confirmed = new Rsvp(waiting.eventId(), waiting.memberId(), waiting.answer(), waiting.guests(),
                        RsvpState.CONFIRMED, null, waiting.respondedAt());
                replace(waiting, confirmed);
                promoted.add(confirmed);
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
        return known.values().stream().filter(Rsvp::waitlisted)
                .sorted(Comparator.comparingLong(Rsvp::waitlistOrder)).toList();
    }

    private void replace(Rsvp previous, Rsvp next) {
        if (previous != null && previous.confirmed()) {
            seatsTaken -= previous.partySize();
        }
        if (next.confirmed()) {
            seatsTaken += next.partySize();
        }
        known.put(next.memberId(), next);
    }

    private long nextWaitlistOrder(long memberId) {
        boolean back = behind.contains(memberId);
        return known.values().stream().filter(Rsvp::waitlisted).mapToLong(Rsvp::waitlistOrder)
                .filter(order -> (order >= BEHIND) == back).max().orElse(back ? BEHIND : 0) + 1;
    }
}
