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
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.AnswerCombiner.Ask;
import org.convene.core.usecase.AnswerCombiner.Outcome;

/**
 * Applies a batch of answers to one event in one transaction that takes the event's lock once: the members join the
 * group first (before the lock, as every answer does), then one seat ledger over the locked event decides every answer
 * in the order given, and one statement writes all it decided. A refused answer refuses only its caller (and takes
 * back a membership it alone brought); a failure of the transaction fails the whole batch and leaves nothing behind.
 */
public final class CombinedAnswers {

    private final Transactions transactions;
    private final EventRepository events;
    private final AnswerBatches batches;
    private final Lookups lookups;
    private final Notices notices;
    private final Clock clock;

    @Inject
    public CombinedAnswers(Transactions transactions, EventRepository events, AnswerBatches batches, Lookups lookups,
                           Notices notices, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.batches = requireNonNull(batches, "batches");
        this.lookups = requireNonNull(lookups, "lookups");
        this.notices = requireNonNull(notices, "notices");
        this.clock = requireNonNull(clock, "clock");
    }

    /** One outcome per answer, in order, once the batch has committed. */
    public List<Outcome> apply(long eventId, List<Ask> asks) {
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[asks.size()];
        transactions.inTransaction(() -> {
            Optional<Event> seen = events.byId(eventId);
            if (seen.isEmpty()) {
                Arrays.fill(outcomes, Outcome.refused(Lookups.unknownEvent(eventId)));
                return;
            }
            Group group = lookups.groupOf(seen.get());
            Set<Long> joining = new TreeSet<>();
            for (int index = 0; index < asks.size(); index++) {
                Ask ask = asks.get(index);
                outcomes[index] = refusalOnRead(group, seen.get(), ask, now);
                if (outcomes[index] == null && ask.input().answer() != Answer.NOT_GOING) {
                    joining.add(ask.actor().memberId());
                }
            }
            Set<Long> joined = batches.join(group.id(), joining, now);
            Event locked = events.lockById(eventId).orElseThrow();
            decide(group, locked, asks, outcomes, joined, now);
        });
        return List.of(outcomes);
    }

    /** The refusal an answer gets on the unlocked read (an event of another community, closed, too many guests). */
    private static Outcome refusalOnRead(Group group, Event seen, Ask ask, Instant now) {
        if (group.communityId() != ask.actor().communityId()) {
            return Outcome.refused(Lookups.unknownEvent(seen.id()));
        }
        try {
            RsvpRules.check(seen, ask.input().answer(), ask.input().guests(), now);
            return null;
        } catch (Refusal refusal) {
            return Outcome.refused(refusal);
        }
    }

    private void decide(Group group, Event locked, List<Ask> asks, Outcome[] outcomes, Set<Long> joined,
                        Instant now) {
        List<Long> answering = new ArrayList<>();
        for (int index = 0; index < asks.size(); index++) {
            if (outcomes[index] == null) {
                answering.add(asks.get(index).actor().memberId());
            }
        }
        SeatLedger ledger = SeatLedger.forAnswers(locked, batches.known(locked.id(), answering));
        Map<Long, Rsvp> changed = new LinkedHashMap<>();
        Set<Long> staying = new HashSet<>();
        for (int index = 0; index < asks.size(); index++) {
            if (outcomes[index] != null) {
                continue;
            }
            RsvpUseCase.Input input = asks.get(index).input();
            long memberId = asks.get(index).actor().memberId();
            try {
                RsvpRules.check(locked, input.answer(), input.guests(), now);
                SeatChange change = ledger.answer(locked.id(), memberId, input.answer(), input.guests(), now);
                changed.put(memberId, change.rsvp());
                change.promoted().forEach(promoted -> changed.put(promoted.memberId(), promoted));
                if (!change.promoted().isEmpty()) {
                    notices.promoted(locked, change.promoted());
                }
                if (input.answer() != Answer.NOT_GOING) {
                    staying.add(memberId);
                }
                outcomes[index] = Outcome.of(new RsvpUseCase.Result(group,
                        locked.withSeatsTaken(change.seatsTaken()), change));
            } catch (Refusal refusal) {
                outcomes[index] = Outcome.refused(refusal);
            }
        }
        Set<Long> leaving = new TreeSet<>(joined);
        leaving.removeAll(staying);
        batches.write(locked.id(), ledger.seatsTaken(), inWriteOrder(changed.values()), group.id(), leaving, now);
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
