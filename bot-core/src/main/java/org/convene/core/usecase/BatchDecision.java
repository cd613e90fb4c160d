package org.convene.core.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpRules;
import org.convene.core.domain.SeatChange;
import org.convene.core.domain.SeatLedger;
import org.convene.core.usecase.AnswerCombiner.Ask;
import org.convene.core.usecase.AnswerCombiner.Outcome;

/**
 * One seat ledger's decisions on a batch of answers to one event, in the order given, each checked against the
 * event's rules: every caller's outcome, the RSVPs to write, the seats taken after, who was promoted, and which
 * answering members stay in the group (they answered yes or maybe and were not refused).
 */
final class BatchDecision {

    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<Long, Rsvp> changed = new LinkedHashMap<>();
    private final List<List<Rsvp>> promotions = new ArrayList<>();
    private final Set<Long> staying = new HashSet<>();
    private final int seatsTaken;

    private BatchDecision(Event event, Group group, Collection<Rsvp> known, Set<Long> behind, List<Ask> asks,
                          Instant now) {
        SeatLedger ledger = SeatLedger.forAnswers(event, known).withWaitingBehind(behind);
        for (Ask ask : asks) {
            outcomes.add(decide(ledger, event, group, ask, now));
        }
        seatsTaken = ledger.seatsTaken();
    }

    static BatchDecision of(Event event, Group group, Collection<Rsvp> known, Set<Long> behind, List<Ask> asks,
                            Instant now) {
        return new BatchDecision(event, group, known, behind, asks, now);
    }

    private Outcome decide(SeatLedger ledger, Event event, Group group, Ask ask, Instant now) {
        RsvpUseCase.Input input = ask.input();
        Actor actor = ask.actor();
        if (group.communityId() != actor.communityId()) {
            return Outcome.refused(Lookups.unknownEvent(event.id()));
        }
        try {
            RsvpRules.check(event, input.answer(), input.guests(), now);
            SeatChange change = ledger.answer(event.id(), actor.memberId(), input.answer(), input.guests(), now);
            changed.put(actor.memberId(), change.rsvp());
            change.promoted().forEach(promoted -> changed.put(promoted.memberId(), promoted));
            if (!change.promoted().isEmpty()) {
                promotions.add(change.promoted());
            }
            if (input.answer() != Answer.NOT_GOING) {
                staying.add(actor.memberId());
            }
            return Outcome.of(new RsvpUseCase.Result(group, event.withSeatsTaken(change.seatsTaken()), change));
        } catch (Refusal refusal) {
            return Outcome.refused(refusal);
        }
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    int seatsTaken() {
        return seatsTaken;
    }

    /** The promoted RSVPs of each answer that promoted anyone, in order. */
    List<List<Rsvp>> promotions() {
        return promotions;
    }

    /** Members who answered yes or maybe and were not refused. */
    Set<Long> staying() {
        return staying;
    }

    /**
     * The RSVPs to write: those that leave the waitlist (or were never on it) first, then those waiting by their
     * order, so a waitlist order freed in the batch may be given again in it and each stays unique.
     */
    List<Rsvp> inWriteOrder() {
        return changed.values().stream().sorted(Comparator.comparing((Rsvp rsvp) -> rsvp.waitlisted())
                .thenComparing(rsvp -> rsvp.waitlisted() ? rsvp.waitlistOrder() : 0L)).toList();
    }
}
