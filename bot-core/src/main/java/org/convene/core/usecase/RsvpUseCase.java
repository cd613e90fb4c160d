package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.RsvpRules;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatChange;
import org.convene.core.port.DuePlans;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.SeatMoves;
import org.convene.core.port.Transactions;

/**
 * Records a member's answer to an event so seats never oversell and the waitlist keeps its order however many answer
 * at once. Answers to one event take turns in this instance ({@link AnswerCombiner}): an answer that finds its event
 * idle goes at once, alone, in two round trips: a read, and one guarded write that holds the event's row lock only
 * inside the database ({@link SeatKeeper#answerInOneCall}); an answer that promotes anyone, or whose read went stale,
 * is answered again in a transaction under the lock. The answers that arrived meanwhile go together (even a single
 * one), in arrival order, through one seat ledger ({@link CombinedAnswers}): in one call when this instance remembers
 * the event's ledger at its current version, otherwise in one transaction under the lock. Answering joins the member
 * to the event's group. Once the answer is stored, whoever it seated gets the private link and reminder at once if
 * their time has come.
 */
public final class RsvpUseCase {

    /** An answer with the number of guests the member brings. */
    public record Input(long eventId, Answer answer, int guests) {
        public Input {
            requireNonNull(answer, "answer");
            if (guests < 0) {
                throw Refusal.invalid("Guests cannot be negative; type +1 to bring one guest.");
            }
            if (answer != Answer.GOING && guests > 0) {
                guests = 0;
            }
        }
    }

    /** The event after the answer, and what the answer did to its seats. */
    public record Result(Group group, Event event, SeatChange change) {
    }

    private final Transactions transactions;
    private final GroupRepository groups;
    private final SeatMoves moves;
    private final Lookups lookups;
    private final SeatKeeper seats;
    private final DuePlans plans;
    private final CombinedAnswers combined;
    private final AnswerCombiner combiner;
    private final Clock clock;

    @Inject
    public RsvpUseCase(Transactions transactions, GroupRepository groups, SeatMoves moves, Lookups lookups,
                       SeatKeeper seats, DuePlans plans, CombinedAnswers combined, AnswerCombiner combiner,
                       Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.groups = requireNonNull(groups, "groups");
        this.moves = requireNonNull(moves, "moves");
        this.lookups = requireNonNull(lookups, "lookups");
        this.seats = requireNonNull(seats, "seats");
        this.plans = requireNonNull(plans, "plans");
        this.combined = requireNonNull(combined, "combined");
        this.combiner = requireNonNull(combiner, "combiner");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result rsvp(Actor actor, Input input) {
        // Inside a caller's transaction the answer joins that transaction, so it cannot share a batch.
        Result result = transactions.transactionOpen() ? alone(actor, input)
                : combiner.submit(input.eventId(), new AnswerCombiner.Ask(actor, input), this::inTurn);
        plans.answered(result.event(), seated(result.change()));
        return result;
    }

    /**
     * An answer that found its event idle goes alone, in the fewest statements, unless this instance keeps the event's
     * ledger (one call then does); the answers that waited go combined, even one, since the batch before them may
     * still be writing (under the lock, it lets the next batch start once it holds the lock).
     */
    private List<AnswerCombiner.Outcome> inTurn(long eventId, List<AnswerCombiner.Ask> asks, Runnable locked,
                                                boolean waited) {
        if (asks.size() == 1 && !waited && !combined.remembers(eventId)) {
            return List.of(AnswerCombiner.Outcome.of(alone(asks.getFirst().actor(), asks.getFirst().input())));
        }
        return combined.apply(eventId, asks, locked);
    }

    private Result alone(Actor actor, Input input) {
        SeatMoves.Seen seen = moves.read(input.eventId(), actor.memberId())
                .filter(read -> lookups.visible(actor, read.event()))
                .orElseThrow(() -> Lookups.unknownEvent(input.eventId()));
        Event event = seen.event();
        RsvpRules.check(event, input.answer(), input.guests(), clock.instant());
        return seats.answerInOneCall(seen, actor.memberId(), input.answer(), input.guests())
                .map(change -> new Result(lookups.groupOf(event), event.withSeatsTaken(change.seatsTaken()), change))
                .orElseGet(() -> underLock(actor, input));
    }

    /** Members the answer gave a seat: the one answering, if confirmed, and whoever it promoted. */
    private static List<Long> seated(SeatChange change) {
        List<Long> seated = new ArrayList<>(change.promoted().stream().map(Rsvp::memberId).toList());
        if (change.rsvp().confirmed()) {
            seated.add(change.rsvp().memberId());
        }
        return seated;
    }

    private Result underLock(Actor actor, Input input) {
        return transactions.inTransaction(() -> {
            // The membership is written before the event's lock is taken, as apply_answer does: a membership row
            // left uncommitted by a transaction that waits for the lock would otherwise deadlock a duplicate answer.
            Group group = lookups.groupOf(lookups.event(actor, input.eventId()));
            if (input.answer() != Answer.NOT_GOING) {
                groups.join(group.id(), actor.memberId(), clock.instant());
            }
            Event event = lookups.lockedEvent(actor, input.eventId());
            RsvpRules.check(event, input.answer(), input.guests(), clock.instant());
            SeatChange change = seats.answer(event, actor.memberId(), input.answer(), input.guests());
            return new Result(group, event.withSeatsTaken(change.seatsTaken()), change);
        });
    }
}
