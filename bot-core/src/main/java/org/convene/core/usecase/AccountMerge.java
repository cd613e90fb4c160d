package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.port.EventRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.RsvpRepository;

/**
 * Merges one member into another inside the caller's transaction, keeping every seat count exact. It locks the merged
 * member's row (so it can gain no RSVP meanwhile) and gives its groups and roles to the survivor before taking any
 * event's lock (so an answer of the survivor that waits for an event never holds a membership the merge waits for);
 * then it locks every event the merged member answered, in id order (so two merges cannot deadlock each other), gives
 * up through the seat ledger each seat the survivor also holds, and only then moves the rest.
 */
public final class AccountMerge {

    private final MemberRepository members;
    private final RsvpRepository rsvps;
    private final EventRepository events;
    private final SeatKeeper seats;

    @Inject
    public AccountMerge(MemberRepository members, RsvpRepository rsvps, EventRepository events, SeatKeeper seats) {
        this.members = requireNonNull(members, "members");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.events = requireNonNull(events, "events");
        this.seats = requireNonNull(seats, "seats");
    }

    /** Merges {@code from} into {@code into}; where both answered an event, {@code into}'s answer stands. */
    public void merge(long from, long into) {
        members.lockAll(List.of(from));
        members.copyRoles(from, into);
        List<Event> locked = new ArrayList<>();
        for (long eventId : rsvps.eventIdsOf(from)) {
            events.lockById(eventId).ifPresent(locked::add);
        }
        for (Event event : locked) {
            if (rsvps.find(event.id(), into).isPresent()) {
                seats.answer(event, from, Answer.NOT_GOING, 0);
            }
        }
        members.merge(from, into);
    }
}
