package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.AnswerBatches;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.Transactions;
import org.convene.core.port.WaitlistRules;
import org.convene.core.usecase.AnswerCombiner.Ask;
import org.convene.core.usecase.AnswerCombiner.Outcome;

/**
 * Applies a batch of answers to one event through one seat ledger ({@link BatchDecision}), in one of two ways. When
 * this instance remembers the event's ledger ({@link RememberedLedgers}), the ledger decides at once and one call
 * writes what it decided, checking under the event's lock that the event is still at the version remembered; the
 * lock is held only inside the server. Otherwise, or when that check fails, or when an answer would promote anyone or
 * the event's waitlist rule applies, the batch goes under the lock in two round trips: the members join the group
 * (before the lock, as every answer does) and the event is locked and read in the first (all its RSVPs, when no
 * ledger is remembered), the second writes all the ledger decided with the commit; the ledger is then remembered.
 * A refused answer refuses only its caller (and takes back a membership it alone brought); a failure fails the whole
 * batch and leaves nothing behind.
 */
public final class CombinedAnswers {

    private final Transactions transactions;
    private final AnswerBatches batches;
    private final RememberedLedgers ledgers;
    private final GroupRepository groups;
    private final Notices notices;
    private final WaitlistRules rules;
    private final Clock clock;

    @Inject
    public CombinedAnswers(Transactions transactions, AnswerBatches batches, RememberedLedgers ledgers,
                           GroupRepository groups, Notices notices, WaitlistRules rules, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.batches = requireNonNull(batches, "batches");
        this.ledgers = requireNonNull(ledgers, "ledgers");
        this.groups = requireNonNull(groups, "groups");
        this.notices = requireNonNull(notices, "notices");
        this.rules = requireNonNull(rules, "rules");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Whether this instance keeps a ledger for the event (remembered, or to be read again): an answer to it that finds
     * the event idle goes here too, rather than alone, so that it does not move the event past the ledger.
     */
    public boolean remembers(long eventId) {
        return ledgers.remembers(eventId);
    }

    /**
     * One outcome per answer, in order, once the batch has committed. Under the lock, it runs {@code locked} (letting
     * the next batch start and wait for the lock) once it holds the lock, if the event's ledger cannot be remembered;
     * otherwise the next batch waits for this one, and then goes in one call on the ledger this one leaves.
     */
    public List<Outcome> apply(long eventId, List<Ask> asks, Runnable locked) {
        Instant now = clock.instant();
        List<Long> answering = asks.stream().map(ask -> ask.actor().memberId()).distinct().toList();
        return ahead(eventId, asks, answering, now).orElseGet(() -> underLock(eventId, asks, answering, locked, now));
    }

    /** The batch decided on the remembered ledger and written in one call; empty when it must go under the lock. */
    private Optional<List<Outcome>> ahead(long eventId, List<Ask> asks, List<Long> answering, Instant now) {
        Optional<RememberedLedger> remembered = ledgers.usable(eventId);
        if (remembered.isEmpty()) {
            return Optional.empty();
        }
        RememberedLedger ledger = remembered.get();
        Optional<Group> group = groups.byId(ledger.event().groupId());
        if (group.isEmpty()) {
            return Optional.empty();
        }
        BatchDecision decision = BatchDecision.of(ledger.event(), group.get(), ledger.rsvpsOf(answering), Set.of(),
                asks, now);
        if (!decision.promotions().isEmpty()) {
            return Optional.empty();
        }
        List<Long> joining = asks.stream().map(ask -> ask.actor().memberId())
                .filter(member -> decision.staying().contains(member)).distinct().toList();
        OptionalLong written;
        try {
            written = batches.writeIfAt(eventId, ledger.version(), group.get().communityId(),
                    decision.seatsTaken(), joining, decision.inWriteOrder(), now);
        } catch (RuntimeException failure) {
            ledgers.forget(eventId);
            throw failure;
        }
        if (written.isEmpty()) {
            ledgers.refused(eventId);
            return Optional.empty();
        }
        ledgers.advanced(eventId, ledger, written.getAsLong(), decision.seatsTaken(), decision.inWriteOrder());
        return Optional.of(decision.outcomes());
    }

    private List<Outcome> underLock(long eventId, List<Ask> asks, List<Long> answering, Runnable locked,
                                    Instant now) {
        boolean everyone = ledgers.readsEveryone(eventId);
        ledgers.lockingStarts(eventId);
        Optional<RememberedLedgers.Locked> committed = Optional.empty();
        try {
            Locking batch = transactions.inTransaction(() -> {
                Optional<AnswerBatches.Locked> held = batches.joinAndLock(eventId, joining(asks), answering,
                        everyone, now);
                held.filter(read -> !ledgers.mayRemember(read.event(), read.known().size()))
                        .ifPresent(read -> locked.run());
                return held.map(read -> decide(read, asks, answering, everyone, now)).orElse(null);
            });
            if (batch == null) {
                return Collections.nCopies(asks.size(), Outcome.refused(Lookups.unknownEvent(eventId)));
            }
            committed = Optional.of(batch.committed());
            return batch.decision().outcomes();
        } finally {
            ledgers.lockingEnds(eventId, committed);
        }
    }

    /**
     * The members who answer yes or maybe, to join to the event's group (if the event is of their community) before
     * the lock is taken; an answer refused under the lock takes its membership back.
     */
    private static List<AnswerBatches.Joining> joining(List<Ask> asks) {
        return asks.stream().filter(ask -> ask.input().answer() != Answer.NOT_GOING)
                .map(ask -> new AnswerBatches.Joining(ask.actor().memberId(), ask.actor().communityId()))
                .distinct().toList();
    }

    private Locking decide(AnswerBatches.Locked read, List<Ask> asks, List<Long> answering, boolean everyone,
                           Instant now) {
        Event event = read.event();
        BatchDecision decision = BatchDecision.of(event, read.group(), read.known(),
                SeatKeeper.rule(rules, event, answering, now).behind(), asks, now);
        decision.promotions().forEach(promoted -> notices.promoted(event, promoted));
        Set<Long> leaving = new TreeSet<>(read.joined());
        leaving.removeAll(decision.staying());
        List<Rsvp> written = decision.inWriteOrder();
        long version = batches.writeAndCommit(event.id(), read.version(), read.group().communityId(),
                decision.seatsTaken(), written, read.group().id(), leaving, now);
        return new Locking(decision, new RememberedLedgers.Locked(read.version(), version, event, everyone,
                read.known(), decision.seatsTaken(), written));
    }

    private record Locking(BatchDecision decision, RememberedLedgers.Locked committed) {
    }
}
