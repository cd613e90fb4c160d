package org.convene.core.usecase;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;

/**
 * The seat ledgers this instance remembers, for the events answered most recently: answers decided on one are
 * written in one call that checks the event's ledger version under its lock, instead of a read under the lock first.
 * While a batch applies under the lock the event's ledger is not used; once it commits, what it read and wrote is
 * added to the ledger if the ledger was at the version the batch found, and replaces it otherwise. A failed or
 * refused write forgets the event. Bounded: the least recently used events are dropped.
 */
@Singleton
public final class RememberedLedgers {

    /** The most events remembered. */
    public static final int MOST_EVENTS = 256;

    /** The most members whose RSVPs are remembered for one event; answers of others go under the lock. */
    public static final int MOST_MEMBERS_PER_EVENT = 50_000;

    /**
     * What a batch under the lock found at version {@code before} (the event, its group, the RSVPs of {@code members}
     * together with the waitlist) and left at {@code after} (the seats taken, the RSVPs written).
     */
    record Locked(long before, long after, Event event, Group group, Collection<Long> members,
                  Collection<Rsvp> read, int seatsTaken, Collection<Rsvp> written) {
    }

    private final Map<Long, Remembered> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Remembered> eldest) {
            return size() > MOST_EVENTS && eldest.getValue().locking == 0;
        }
    };

    /** The event's ledger if it may be used now and knows every one of {@code members}. */
    synchronized Optional<RememberedLedger> usable(long eventId, Collection<Long> members) {
        Remembered entry = entries.get(eventId);
        return entry == null || entry.locking > 0 || entry.ledger == null || !entry.ledger.knowsAll(members)
                ? Optional.empty() : Optional.of(entry.ledger);
    }

    /** Whether an answer to the event may be decided on a remembered ledger (if it knows the member). */
    public synchronized boolean remembers(long eventId) {
        Remembered entry = entries.get(eventId);
        return entry != null && entry.locking == 0 && entry.ledger != null;
    }

    synchronized void forget(long eventId) {
        Remembered entry = entries.get(eventId);
        if (entry != null) {
            entry.ledger = null;
        }
    }

    /** A batch starts under the event's lock: until it ends, the event's ledger is not used. */
    synchronized void lockingStarts(long eventId) {
        entries.computeIfAbsent(eventId, id -> new Remembered()).locking++;
    }

    /** The batch under the lock ended: committed, with what it found and wrote, or (empty) failed. */
    synchronized void lockingEnds(long eventId, Optional<Locked> committed) {
        Remembered entry = entries.computeIfAbsent(eventId, id -> new Remembered());
        entry.locking = Math.max(0, entry.locking - 1);
        if (committed.isEmpty()) {
            entry.ledger = null;
            return;
        }
        Locked batch = committed.get();
        if (batch.after() <= entry.highest) {
            return;
        }
        entry.highest = batch.after();
        RememberedLedger ledger = entry.ledger;
        if (ledger != null && ledger.version() == batch.before()
                && ledger.membersKnown() + batch.members().size() <= MOST_MEMBERS_PER_EVENT) {
            ledger.learn(batch.members(), batch.read());
        } else {
            ledger = new RememberedLedger(batch.before(), batch.event(), batch.group(), batch.members(), batch.read());
        }
        ledger.moved(batch.after(), batch.seatsTaken(), batch.written());
        entry.ledger = ledger;
    }

    /** {@code ledger} of the event moved to {@code version} by this instance's own write of {@code written}. */
    synchronized void advanced(long eventId, RememberedLedger ledger, long version, int seatsTaken,
                               Collection<Rsvp> written) {
        Remembered entry = entries.get(eventId);
        if (entry != null && entry.ledger == ledger && entry.locking == 0 && version > entry.highest) {
            ledger.moved(version, seatsTaken, written);
            entry.highest = version;
        } else if (entry != null && entry.ledger == ledger) {
            entry.ledger = null;
        }
    }

    /** One event's ledger, and how many batches under its lock are applying. */
    private static final class Remembered {
        private RememberedLedger ledger;
        private int locking;
        private long highest;
    }
}
