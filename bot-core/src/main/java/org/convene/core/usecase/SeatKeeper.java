package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatChange;
import org.convene.core.domain.SeatLedger;
import org.convene.core.domain.SeatMove;
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.SeatMoves;
import org.convene.core.port.WaitlistRules;

/**
 * Applies seat changes: either to an event whose row the caller has locked (loads the ledger, lets it decide, and
 * stores the RSVPs it changed and the new seat count), or, for an answer that promotes no one, as one guarded write
 * of what the ledger decided on an unlocked read. Every path that moves seats goes through here, except a batch of
 * answers to one event, which {@link CombinedAnswers} applies through one ledger under one lock. The event's waitlist
 * rule ({@link WaitlistRules}) is read under the lock and given to the ledger; a guarded write never puts anyone on
 * the waitlist of an event with such a rule, since only the ledger knows who waits behind.
 */
public final class SeatKeeper {

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final SeatMoves moves;
    private final Notices notices;
    private final WaitlistRules rules;
    private final Clock clock;

    @Inject
    public SeatKeeper(EventRepository events, RsvpRepository rsvps, SeatMoves moves, Notices notices,
                      WaitlistRules rules, Clock clock) {
        this.events = requireNonNull(events, "events");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.moves = requireNonNull(moves, "moves");
        this.notices = requireNonNull(notices, "notices");
        this.rules = requireNonNull(rules, "rules");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The waitlist rule of a capped event for {@code memberIds} (an event without a cap has no waitlist). */
    static WaitlistRules.Rule rule(WaitlistRules rules, Event event, List<Long> memberIds, Instant now) {
        return ruleApplies(event) ? rules.of(event.id(), memberIds, now) : WaitlistRules.Rule.NONE;
    }

    /** Whether the event has a waitlist rule that reads who waits behind (a capped event whose no-shows wait). */
    static boolean ruleApplies(Event event) {
        return event.capped() && event.noShowsBehind();
    }

    public SeatChange answer(Event lockedEvent, long memberId, Answer answer, int guests) {
        SeatLedger ledger = SeatLedger.of(lockedEvent, rsvps.find(lockedEvent.id(), memberId).orElse(null),
                rsvps.waitlist(lockedEvent.id()))
                .withWaitingBehind(rule(rules, lockedEvent, List.of(memberId), clock.instant()).behind());
        SeatChange change = ledger.answer(lockedEvent.id(), memberId, answer, guests, clock.instant());
        List<Rsvp> changed = new ArrayList<>(change.promoted());
        changed.add(change.rsvp());
        rsvps.saveAll(changed);
        events.update(lockedEvent.withSeatsTaken(change.seatsTaken()), clock.instant());
        if (!change.promoted().isEmpty()) {
            notices.promoted(lockedEvent, change.promoted());
        }
        return change;
    }

    /**
     * Decides the answer on {@code seen} (read without a lock) and applies it in one guarded write, joining the member
     * to the event's group unless the answer is no. Empty, with nothing changed, when the answer promotes anyone or
     * what it rested on changed since the read: the caller then answers under the lock. A refusal decided on the read
     * stands, since the read was the committed state at a moment after the request came.
     */
    public Optional<SeatChange> answerInOneCall(SeatMoves.Seen seen, long memberId, Answer answer, int guests) {
        Event event = seen.event();
        Rsvp mine = seen.rsvp();
        Instant now = clock.instant();
        SeatLedger ledger = SeatLedger.of(event, mine, mine != null && mine.waitlisted() ? List.of(mine) : List.of());
        SeatChange change = ledger.answer(event.id(), memberId, answer, guests, now);
        boolean newlyWaiting = change.rsvp().waitlisted() && (mine == null || !mine.waitlisted());
        if (newlyWaiting && rule(rules, event, List.of(memberId), now).on()) {
            return Optional.empty();
        }
        return SeatMove.of(change).flatMap(move -> moves.apply(event, move, answer != Answer.NOT_GOING, now)
                .map(applied -> move.applied(applied.seatsTaken(), applied.waitlistOrder(),
                        applied.waitlistPosition())));
    }

    /**
     * Stores {@code updated} (the locked event with new details and perhaps a new capacity) and promotes whoever now
     * fits; refuses a capacity below the seats taken. Returns the promoted RSVPs.
     */
    public List<Rsvp> save(Event updated) {
        SeatLedger ledger = SeatLedger.of(updated, null, rsvps.waitlist(updated.id()))
                .withCapacity(updated.capacity());
        List<Rsvp> promoted = ledger.promote();
        rsvps.saveAll(promoted);
        events.update(updated.withSeatsTaken(ledger.seatsTaken()), clock.instant());
        if (!promoted.isEmpty()) {
            notices.promoted(updated, promoted);
        }
        return promoted;
    }
}
