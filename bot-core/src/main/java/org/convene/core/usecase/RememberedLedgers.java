package org.convene.core.usecase;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;

/**
 * The seat ledgers this instance remembers, for the events answered most recently in batches: answers decided on one
 * are written in one call that checks the event's ledger version under its lock, instead of a read under the lock
 * first. A batch under the lock reads all the event's RSVPs when no ledger is remembered, and the ledger is built
 * from them once it commits; while a batch applies under the lock the ledger is not used, and once it commits what
 * it wrote is added if the ledger was at the version the batch found (otherwise the ledger is forgotten). A refused
 * or failed write forgets it too. Bounded: the least recently used events are dropped.
 */
@Singleton
public final class RememberedLedgers {

    /** The most events remembered. */
    public static final int MOST_EVENTS = 64;

    /** The most RSVPs of one event remembered; a larger event's answers go under the lock. */
    public static final int MOST_RSVPS_PER_EVENT = 5_000;

    /**
     * What a batch under the lock found at version {@code before} (the event, the RSVPs it read, all of them when
     * {@code everyone}) and left at {@code after} (the seats taken, the RSVPs written).
     */
    record Locked(long before, long after, Event event, boolean everyone, Collection<Rsvp> read,
                  int seatsTaken, Collection<Rsvp> written) {
    }

    /** How the batches went so far: in one call, refused in it (the event had moved on), under the lock. */
    public record Ways(long inOneCall, long refused, long underLock) {
    }

    private final LongAdder inOneCall = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder underLock = new LongAdder();

    private final Map<Long, Remembered> entries = new LinkedHashMap<>(16, 0.75f, true);

    /** The event's ledger, if one is remembered and no batch applies under the lock. */
    synchronized Optional<RememberedLedger> usable(long eventId) {
        Remembered entry = entries.get(eventId);
        return entry == null || entry.locking > 0 ? Optional.empty() : Optional.ofNullable(entry.ledger);
    }

    /**
     * Whether the ledger of {@code event}, with {@code rsvps} RSVPs read, may be remembered: not when its waitlist rule
     * reads who waits behind, nor beyond the bound of RSVPs.
     */
    boolean mayRemember(Event event, int rsvps) {
        return !SeatKeeper.ruleApplies(event) && rsvps <= MOST_RSVPS_PER_EVENT;
    }

    /** Whether a batch under the lock should read all the event's RSVPs: no ledger of it is remembered. */
    synchronized boolean readsEveryone(long eventId) {
        Remembered entry = entries.get(eventId);
        return entry == null || entry.ledger == null;
    }

    /**
     * Whether this instance keeps the event's ledger (remembered, being learned, or to be read again after a write
     * elsewhere): its answers then go combined, even one alone, so that this instance's own answers do not move the
     * event's version past what it remembers.
     */
    public synchronized boolean remembers(long eventId) {
        return entries.containsKey(eventId);
    }

    public Ways ways() {
        return new Ways(inOneCall.sum(), refused.sum(), underLock.sum());
    }

    /** The call written on the event's ledger was refused: the event moved on elsewhere. */
    synchronized void refused(long eventId) {
        refused.increment();
        forget(eventId);
    }

    synchronized void forget(long eventId) {
        Remembered entry = entries.get(eventId);
        if (entry != null) {
            entry.ledger = null;
        }
    }

    /** A batch starts under the event's lock: until it ends, the event's ledger is not used. */
    synchronized void lockingStarts(long eventId) {
        underLock.increment();
        entries.computeIfAbsent(eventId, id -> new Remembered()).locking++;
        dropLeastRecentlyUsed();
    }

    /** Drops the least recently used events beyond the bound, keeping those with a batch under the lock. */
    private void dropLeastRecentlyUsed() {
        Iterator<Remembered> oldestFirst = entries.values().iterator();
        while (entries.size() > MOST_EVENTS && oldestFirst.hasNext()) {
            if (oldestFirst.next().locking == 0) {
                oldestFirst.remove();
            }
        }
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
        if (batch.everyone() && mayRemember(batch.event(), batch.read().size())) {
            entry.ledger = new RememberedLedger(batch.before(), batch.event(), batch.read());
        } else if (entry.ledger == null || entry.ledger.version() != batch.before()) {
            entry.ledger = null;
            return;
        }
        entry.ledger.moved(batch.after(), batch.seatsTaken(), batch.written());
    }

    /** {@code ledger} of the event moved to {@code version} by this instance's own write of {@code written}. */
    synchronized void advanced(long eventId, RememberedLedger ledger, long version, int seatsTaken,
                               Collection<Rsvp> written) {
        inOneCall.increment();
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
