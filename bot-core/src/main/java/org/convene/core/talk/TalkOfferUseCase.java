package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.DuePlans;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.TalkRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Lookups;

/**
 * Offers, accepts, declines and withdraws talks. Every change holds the event's row lock, the lock the seat path
 * takes, so slot claims take turns: a slot is given once, and a presenter's seat is taken or freed through the seat
 * ledger in the same transaction as the slot. Organizers hear of each offer and presenters of each decision through
 * the outbox; whoever a change seats gets the private link and reminders like any confirmed attendee.
 */
public final class TalkOfferUseCase {

    /** A talk offered for slot {@code slot} (its position; null for the first slot not yet given). */
    public record Input(long eventId, Integer slot, String title, String description) {
        public Input {
            requireNonNull(title, "title");
            requireNonNull(description, "description");
        }
    }

    /** The offer after the change, its slot and event, and the event's agenda. */
    public record Result(Event event, TalkOffer offer, TalkSlot slot, Agenda agenda) {
    }

    private final Transactions transactions;
    private final TalkRepository talks;
    private final TalkSlots slots;
    private final PresenterSeats seats;
    private final TalkNotices notices;
    private final Agendas agendas;
    private final GroupRepository groups;
    private final Lookups lookups;
    private final Access access;
    private final DuePlans plans;
    private final Clock clock;

    @Inject
    public TalkOfferUseCase(Transactions transactions, TalkRepository talks, PresenterSeats seats,
                            TalkNotices notices, Agendas agendas, GroupRepository groups, Lookups lookups,
                            Access access, DuePlans plans, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.talks = requireNonNull(talks, "talks");
        this.slots = new TalkSlots(talks);
        this.seats = requireNonNull(seats, "seats");
        this.notices = requireNonNull(notices, "notices");
        this.agendas = requireNonNull(agendas, "agendas");
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.plans = requireNonNull(plans, "plans");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result offer(Actor actor, Input input) {
        Group group = lookups.groupOf(lookups.event(actor, input.eventId()));
        Result result = transactions.inTransaction(() -> {
            // Joined before the event's lock is taken, as an answer does, so the two cannot deadlock.
            groups.join(group.id(), actor.memberId(), clock.instant());
            Event locked = notOver(lookups.lockedEvent(actor, input.eventId()));
            TalkCall call = talks.call(locked.id()).orElseThrow(() -> Refusal.conflict("#" + locked.id() + " "
                    + locked.title() + " has no talk slots open; its organizers open them with /meetup talk slots "
                    + locked.id() + " 4x15m."));
            List<TalkOffer> offers = talks.offers(locked.id());
            TalkSlot slot = slots.chosen(call, offers, input.slot(), actor.memberId());
            boolean given = call.autoAccept() && seats.seat(locked, actor.memberId());
            TalkOffer offer = talks.add(locked.id(), slot.id(), actor.memberId(), input.title(), input.description(),
                    given ? OfferState.ACCEPTED : OfferState.PENDING, clock.instant());
            notices.offered(group, locked, offer);
            return new Result(locked, offer, slot, Agenda.none());
        });
        if (result.offer().state() == OfferState.ACCEPTED) {
            plans.answered(result.event(), List.of(actor.memberId()));
        }
        return withAgenda(result);
    }

    public Result accept(Actor actor, long offerId) {
        Result result = decide(actor, offerId, "accept talks", (locked, group, offer) -> {
            pending(offer, "accepted");
            TalkSlot slot = slots.of(locked.id(), offer.slotId());
            slots.requireFree(locked.id(), slot);
            if (!seats.seat(locked, offer.memberId())) {
                throw Refusal.conflict("#" + locked.id() + " " + locked.title() + " is full (" + locked.seatsTaken()
                        + " of " + locked.capacity() + " seats taken), and a presenter needs a seat; raise the "
                        + "capacity with /meetup edit " + locked.id() + " capacity=" + (locked.capacity() + 1)
                        + " and accept again.");
            }
            talks.decide(offer.id(), OfferState.ACCEPTED, null, clock.instant());
            notices.decided(group, locked, offer, OfferState.ACCEPTED);
            return List.of(offer.memberId());
        });
        return result;
    }

    public Result decline(Actor actor, long offerId, String reason) {
        return decide(actor, offerId, "decline talks", (locked, group, offer) -> {
            pending(offer, "declined");
            talks.decide(offer.id(), OfferState.DECLINED, reason == null || reason.isBlank() ? null : reason.strip(),
                    clock.instant());
            notices.decided(group, locked, offer, OfferState.DECLINED);
            return List.of();
        });
    }

    /** The presenter takes the offer back, or an organizer removes it; an accepted talk's seat is freed. */
    public Result withdraw(Actor actor, long offerId) {
        TalkOffer seen = visible(actor, offerId);
        String what = "withdraw someone else's talk";
        return decide(actor, offerId, seen.memberId() == actor.memberId() ? null : what, (locked, group, offer) -> {
            if (!offer.state().open()) {
                throw Refusal.conflict("Talk offer #" + offer.id() + " is already " + word(offer.state()) + ".");
            }
            talks.decide(offer.id(), OfferState.WITHDRAWN, null, clock.instant());
            if (offer.state() != OfferState.ACCEPTED) {
                return List.of();
            }
            return seats.free(locked, offer.memberId()).stream().map(Rsvp::memberId).toList();
        });
    }

    /** A change to one offer under its event's lock; {@code what} names the organizer's right it needs (or null). */
    private Result decide(Actor actor, long offerId, String what, Change change) {
        TalkOffer seen = visible(actor, offerId);
        Group group = lookups.groupOf(lookups.event(actor, seen.eventId()));
        if (what != null) {
            access.requireOrganizer(actor, group, what);
        }
        List<Long> seated = new ArrayList<>();
        Result result = transactions.inTransaction(() -> {
            groups.join(group.id(), seen.memberId(), clock.instant());
            Event locked = notOver(lookups.lockedEvent(actor, seen.eventId()));
            TalkOffer offer = talks.offer(offerId).orElseThrow(() -> unknownOffer(offerId));
            seated.addAll(change.apply(locked, group, offer));
            Event after = lookups.event(actor, locked.id());
            return new Result(after, talks.offer(offerId).orElseThrow(), slots.of(locked.id(), offer.slotId()),
                    Agenda.none());
        });
        if (!seated.isEmpty()) {
            plans.answered(result.event(), seated);
        }
        return withAgenda(result);
    }

    private Result withAgenda(Result result) {
        return new Result(result.event(), result.offer(), result.slot(), agendas.of(result.event()));
    }

    private TalkOffer visible(Actor actor, long offerId) {
        Optional<TalkOffer> offer = talks.offer(offerId);
        boolean visible = offer.map(found -> {
            try {
                return lookups.event(actor, found.eventId()) != null;
            } catch (Refusal unknown) {
                return false;
            }
        }).orElse(false);
        return offer.filter(found -> visible).orElseThrow(() -> unknownOffer(offerId));
    }

    private Event notOver(Event event) {
        if (event.cancelled() || event.started(clock.instant())) {
            throw Refusal.conflict("#" + event.id() + " " + event.title() + " is cancelled or has started; its talks "
                    + "stay as they are.");
        }
        return event;
    }

    private static void pending(TalkOffer offer, String asked) {
        if (offer.state() != OfferState.PENDING) {
            throw Refusal.conflict("Talk offer #" + offer.id() + " is already " + word(offer.state())
                    + ", so it cannot be " + asked + ".");
        }
    }

    static String word(OfferState state) {
        return switch (state) {
            case PENDING -> "waiting for an organizer";
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case WITHDRAWN -> "withdrawn";
        };
    }

    private static Refusal unknownOffer(long offerId) {
        return Refusal.notFound("There is no talk offer #" + offerId + " here. Type /meetup talk agenda <event> "
                + "to see an event's talks.");
    }

    /** What a decision does under the lock; returns the members it seated or promoted. */
    private interface Change {
        List<Long> apply(Event locked, Group group, TalkOffer offer);
    }
}
