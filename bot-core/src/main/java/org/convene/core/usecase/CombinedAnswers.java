package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * Applies a batch of answers to one event in one transaction that takes the event's lock once: the members join the
 * group first (before the lock, as every answer does), then one seat ledger over the locked event decides every answer
 * in the order given, each checked against the event's rules as locked (its waitlist rule among them), and one
 * statement writes all it decided. A refused answer refuses only its caller (and takes
 * back a membership it alone brought); a failure of the transaction fails the whole batch and leaves nothing behind.
 */
public final class CombinedAnswers {

    private final Transactions transactions;
    private final AnswerBatches batches;
    private final Lookups lookups;
    private final Notices notices;
    private final WaitlistRules rules;
    private final Clock clock;

    @Inject
    public CombinedAnswers(Transactions transactions, AnswerBatches batches, Lookups lookups, Notices notices,
                           WaitlistRules rules, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.batches = requireNonNull(batches, "batches");
        this.lookups = requireNonNull(lookups, "lookups");
        this.notices = requireNonNull(notices, "notices");
        this.rules = requireNonNull(rules, "rules");
        this.clock = requireNonNull(clock, "clock");
    }

    /** One outcome per answer, in order, once the batch has committed; runs {@code locked} once it holds the lock. */
    public List<Outcome> apply(long eventId, List<Ask> asks, Runnable locked) {
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[asks.size()];
        transactions.inTransaction(() -> {
            Set<Long> joined = join(eventId, asks, now);
            Optional<AnswerBatches.Locked> held = batches.lock(eventId,
                    asks.stream().map(ask -> ask.actor().memberId()).distinct().toList());
            locked.run();
            if (held.isEmpty()) {
                Arrays.fill(outcomes, Outcome.refused(Lookups.unknownEvent(eventId)));
                return;
            }
            decide(held.get(), asks, outcomes, joined, now);
        });
        return List.of(outcomes);
    }

    /**
     * Joins every member who answers yes or maybe to the event's group, if the event is of their community, before
     * the lock is taken; an answer refused under the lock takes its membership back.
     */
    private Set<Long> join(long eventId, List<Ask> asks, Instant now) {
        Map<Long, Set<Long>> byCommunity = new TreeMap<>();
        for (Ask ask : asks) {
            if (ask.input().answer() != Answer.NOT_GOING) {
                byCommunity.computeIfAbsent(ask.actor().communityId(), community -> new TreeSet<>())
                        .add(ask.actor().memberId());
            }
        }
        Set<Long> joined = new HashSet<>();
        byCommunity.forEach((community, members) -> joined.addAll(batches.join(eventId, community, members, now)));
        return joined;
    }

    private void decide(AnswerBatches.Locked locked, List<Ask> asks, Outcome[] outcomes, Set<Long> joined,
                        Instant now) {
        Event event = locked.event();
        Group group = lookups.groupOf(event);
        List<Long> answering = asks.stream().map(ask -> ask.actor().memberId()).distinct().toList();
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
        Set<Long> leaving = new TreeSet<>(joined);
        leaving.removeAll(staying);
        batches.write(event.id(), ledger.seatsTaken(), inWriteOrder(changed.values()), group.id(), leaving, now);
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
