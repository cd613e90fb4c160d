package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;

/**
 * What an instance knows of one event's seat ledger at one ledger version: the event (with its seats taken) and all
 * its RSVPs (a member without one has none), its waitlist by order. Changed only by the batch that
 * holds the event's turn in this instance; a version it did not write itself makes it useless, and the write that
 * checks the version says so.
 */
final class RememberedLedger {

    private long version;
    private Event event;
    private final Map<Long, Rsvp> byMember = new HashMap<>();
    private final NavigableMap<Long, Rsvp> waitlist = new TreeMap<>();

    /** The ledger read under the event's lock at {@code version}, with every RSVP of the event. */
    RememberedLedger(long version, Event event, Collection<Rsvp> everyRsvp) {
        this.version = version;
        this.event = requireNonNull(event, "event");
        everyRsvp.forEach(this::put);
    }

    long version() {
        return version;
    }

    Event event() {
        return event;
    }

    /** The RSVPs of {@code members} that have one, and the whole waitlist: what a seat ledger for them needs. */
    List<Rsvp> rsvpsOf(Collection<Long> members) {
        List<Rsvp> known = new ArrayList<>(waitlist.values());
        for (long member : members) {
            Rsvp rsvp = byMember.get(member);
            if (rsvp != null && !rsvp.waitlisted()) {
                known.add(rsvp);
            }
        }
        return known;
    }

    /** The event moved to {@code newVersion} by this instance's own write of {@code written} and the seats taken. */
    void moved(long newVersion, int seatsTaken, Collection<Rsvp> written) {
        version = newVersion;
        event = event.withSeatsTaken(seatsTaken);
        written.forEach(this::put);
    }

    private void put(Rsvp rsvp) {
        Rsvp before = byMember.put(rsvp.memberId(), rsvp);
        if (before != null && before.waitlisted()) {
            waitlist.remove(before.waitlistOrder(), before);
        }
        if (rsvp.waitlisted()) {
            waitlist.put(rsvp.waitlistOrder(), rsvp);
        }
    }
}
