package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpRules;
import org.convene.core.domain.SeatChange;
import org.convene.core.domain.SeatLedger;
import org.convene.core.port.AnswerBatches;
import org.convene.core.port.Notices;
import org.convene.core.port.Transactions;
import org.convene.core.port.WaitlistRules;
import org.convene.core.usecase.AnswerCombiner.Ask;
import org.convene.core.usecase.AnswerCombiner.Outcome;

/**
 * Applies a batch of answers to one event in one transaction that takes the event's lock once, in two round trips:
 * the members join the group (before the lock, as every answer does) and the event is locked and read in the first;
 * one seat ledger over the locked event decides every answer in the order given, each checked against the event's
 * rules as locked (its waitlist rule among them), and the second writes all it decided with the commit. A refused
 * answer refuses only its caller (and takes back a membership it alone brought); a failure of the transaction fails
 * the whole batch and leaves nothing behind.
 */
public final class CombinedAnswers {

    private final Transactions transactions;
    private final AnswerBatches batches;
    private final Notices notices;
    private final WaitlistRules rules;
    private final Clock clock;

    @Inject
    public CombinedAnswers(Transactions transactions, AnswerBatches batches, Notices notices, WaitlistRules rules,
                           Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.batches = requireNonNull(batches, "batches");
        this.notices = requireNonNull(notices, "notices");
        this.rules = requireNonNull(rules, "rules");
        this.clock = requireNonNull(clock, "clock");
    }

    /** One outcome per answer, in order, once the batch has committed; runs {@code locked} once it holds the lock. */
    public List<Outcome> apply(long eventId, List<Ask> asks, Runnable locked) {
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[asks.size()];
        List<Long> answering = asks.stream().map(ask -> ask.actor().memberId()).distinct().toList();
        transactions.inTransaction(() -> {
            Optional<AnswerBatches.Locked> held = batches.joinAndLock(eventId, joining(asks), answering, now);
            locked.run();
            if (held.isEmpty()) {
                Arrays.fill(outcomes, Outcome.refused(Lookups.unknownEvent(eventId)));
                return;
            }
            decide(held.get(), asks, answering, outcomes, now);
        });
        return List.of(outcomes);
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

    private void decide(AnswerBatches.Locked locked, List<Ask> asks, List<Long> answering, Outcome[] outcomes,
                        Instant now) {
        Event event = locked.event();
        Group group = locked.group();
        SeatLedger ledger = SeatLedger.forAnswers(event, locked.known())
                .withWaitingBehind(SeatKeeper.rule(rules, event, answering, now).behind());
        Map<Long, Rsvp> changed = new LinkedHashMap<>();
        Set<Long> staying = new HashSet<>();
        for (int index = 0; index < asks.size(); index++) {
            RsvpUseCase.Input input = asks.get(index).input();
            Actor actor = asks.get(index).actor();
            if (group.communityId() != actor.communityId()) {
                outcomes[index] = Outcome.refused(Lookups.unknownEvent(event.id()));
                continue;
            }
            try {
                RsvpRules.check(event, input.answer(), input.guests(), now);
                SeatChange change = ledger.answer(event.id(), actor.memberId(), input.answer(), input.guests(), now);
                changed.put(actor.memberId(), change.rsvp());
                change.promoted().forEach(promoted -> changed.put(promoted.memberId(), promoted));
                if (!change.promoted().isEmpty()) {
                    notices.promoted(event, change.promoted());
                }
                if (input.answer() != Answer.NOT_GOING) {
                    staying.add(actor.memberId());
                }
                outcomes[index] = Outcome.of(new RsvpUseCase.Result(group,
                        event.withSeatsTaken(change.seatsTaken()), change));
            } catch (Refusal refusal) {
                outcomes[index] = Outcome.refused(refusal);
            }
        }
        Set<Long> leaving = new TreeSet<>(locked.joined());
        leaving.removeAll(staying);
        batches.writeAndCommit(event.id(), ledger.seatsTaken(), inWriteOrder(changed.values()), group.id(), leaving,
                now);
    }

    /**
     * RSVPs that leave the waitlist (or were never on it) first, then those waiting by their order: a waitlist order
     * freed in the batch may be given again in it, and each is unique among the event's waiting RSVPs.
     */
    private static List<Rsvp> inWriteOrder(Collection<Rsvp> rsvps) {
        return rsvps.stream().sorted(Comparator.comparing((Rsvp rsvp) -> rsvp.waitlisted())
                .thenComparing(rsvp -> rsvp.waitlisted() ? rsvp.waitlistOrder() : 0L)).toList();
    }
}
